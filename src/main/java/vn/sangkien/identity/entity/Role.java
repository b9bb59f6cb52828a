package vn.sangkien.identity.entity;

/** The roles of docs/api.md; every user holds one or more, within one organization's subtree. */
public enum Role {
    /** Everything, everywhere. */
    ADMIN,
    /** Manages its organization's subtree: organizations, campaigns, clusters, pacts, users. */
    FEDERATION_OFFICER,
    /** A grassroots union's officer: registers and verifies its initiatives. */
    UNIT_OFFICER,
    /** The initiative council: recognises or rejects in its subtree. */
    REVIEWER,
    /** A union member: registers and edits their own initiatives. */
    MEMBER,
    /** A provincial system: like UNIT_OFFICER over its subtree, API only. */
    INTEGRATION;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String FEDERATION_OFFICER_NAME = "FEDERATION_OFFICER";
    public static final String UNIT_OFFICER_NAME = "UNIT_OFFICER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String MEMBER_NAME = "MEMBER";
    public static final String INTEGRATION_NAME = "INTEGRATION";
}
