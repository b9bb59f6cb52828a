package vn.sangkien.platform.audit;

/** The kinds of things whose changes the audit trail records. */
public enum AuditedType {
    ORGANIZATION, CAMPAIGN, INITIATIVE, CLUSTER, PACT, USER, SESSION
}
