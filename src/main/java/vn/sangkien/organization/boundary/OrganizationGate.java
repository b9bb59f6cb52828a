package vn.sangkien.organization.boundary;

import vn.sangkien.organization.entity.OrganizationAction;

/**
 * What the organization registry asks about whoever calls it. Identity answers from the caller's
 * roles, so that an organization knows no roles: identity places every account in an
 * organization and depends on it, never the other way round.
 */
public interface OrganizationGate {

    /** Who acts, as the audit trail names them. */
    String actor();

    /** The path of the caller's subtree: what they see. */
    String subtreePath();

    boolean covers(String organizationPath);

    /** Goes on if the caller manages organizations at all; refuses with 403 otherwise. */
    void requireManagement();

    /** Goes on if the caller may do this to the organization at this path (null: a new root); refuses otherwise. */
    void require(OrganizationAction action, String organizationPath);
}
