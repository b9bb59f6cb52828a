package vn.sangkien.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member unit's own target under a pact. */
@Embeddable
public class MemberTarget {

    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "target_initiatives")
    private int targetInitiatives;

    protected MemberTarget() {
    }

    public MemberTarget(long organizationId, int targetInitiatives) {
        this.organizationId = organizationId;
        this.targetInitiatives = targetInitiatives;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public int getTargetInitiatives() {
        return targetInitiatives;
    }
}
