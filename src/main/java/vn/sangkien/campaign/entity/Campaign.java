package vn.sangkien.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.sangkien.campaign.control.CampaignWindow;
import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.organization.entity.Organization;

/** A programme, phase or peak campaign: a window for registering initiatives, with targets. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    private String code;
    private String name;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organizer_id")
    private Organization organizer;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Campaign parent;
    private String path;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "target_initiatives")
    private Integer targetInitiatives;
    @Column(name = "target_coverage_percent")
    private BigDecimal targetCoveragePercent;
    /** The status as last stored; {@link #statusAt} is the truth between two stores. */
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Embedded
    private Rubric rubric = Rubric.DEFAULT;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Campaign() {
    }

    public Campaign(String code, Organization organizer, Campaign parent, Instant now) {
        this.code = code;
        this.organizer = organizer;
        this.parent = parent;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The path needs the id, which the sequence gives at persist: call right after it. */
    public void placeInTree() {
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    public void describe(String newName, CampaignWindow window, Integer newTargetInitiatives,
                         BigDecimal newTargetCoveragePercent, Instant now) {
        this.name = newName;
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
        this.targetInitiatives = newTargetInitiatives;
        this.targetCoveragePercent = newTargetCoveragePercent;
        this.status = statusAt(now);
        this.updatedAt = now;
    }

    /** Closes the window now, before its time. */
    public void close(Instant now) {
        this.closedAt = now;
        this.status = CampaignStatus.CLOSED;
        this.updatedAt = now;
    }

    public void useRubric(Rubric newRubric) {
        this.rubric = newRubric;
    }

    public Rubric getRubric() {
        return rubric == null ? Rubric.DEFAULT : rubric;
    }

    public CampaignWindow window() {
        return new CampaignWindow(opensAt, closesAt);
    }

    public CampaignStatus statusAt(Instant now) {
        return window().statusAt(now, closedAt);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Organization getOrganizer() {
        return organizer;
    }

    public Campaign getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Integer getTargetInitiatives() {
        return targetInitiatives;
    }

    public BigDecimal getTargetCoveragePercent() {
        return targetCoveragePercent;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
