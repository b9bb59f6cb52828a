package vn.sangkien.organization.entity;

/** What may be done to an organization; who may do it is identity's to say. */
public enum OrganizationAction {
    CREATE, RENAME, ACTIVATE, DEACTIVATE
}
