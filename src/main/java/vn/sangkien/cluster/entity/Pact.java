package vn.sangkien.cluster.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.campaign.entity.Campaign;

/** An emulation pact (giao ước thi đua): a cluster's commitment to targets in a campaign. */
@Entity
@Table(name = "pact")
public class Pact {

    @Id
    @SequenceGenerator(name = "pact_seq", sequenceName = "pact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "target_initiatives")
    private int targetInitiatives;
    @Column(name = "target_coverage_percent")
    private BigDecimal targetCoveragePercent;
    // Read with every pact a query finds: one IN query per collection, not one per pact.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "pact_member_target", joinColumns = @JoinColumn(name = "pact_id"))
    private List<MemberTarget> memberTargets = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "pact_criterion", joinColumns = @JoinColumn(name = "pact_id"))
    private List<CriterionWeight> criteria = new ArrayList<>();
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Pact() {
    }

    public Pact(Cluster cluster, Campaign campaign, LocalDate signedOn, int targetInitiatives,
                BigDecimal targetCoveragePercent, List<MemberTarget> memberTargets, List<CriterionWeight> criteria,
                Instant now) {
        this.cluster = cluster;
        this.campaign = campaign;
        this.signedOn = signedOn;
        this.targetInitiatives = targetInitiatives;
        this.targetCoveragePercent = targetCoveragePercent;
        this.memberTargets = new ArrayList<>(memberTargets);
        this.criteria = new ArrayList<>(criteria);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public int getTargetInitiatives() {
        return targetInitiatives;
    }

    public BigDecimal getTargetCoveragePercent() {
        return targetCoveragePercent;
    }

    public List<MemberTarget> getMemberTargets() {
        return List.copyOf(memberTargets);
    }

    public List<CriterionWeight> getCriteria() {
        return List.copyOf(criteria);
    }

    public long getVersion() {
        return version;
    }
}
