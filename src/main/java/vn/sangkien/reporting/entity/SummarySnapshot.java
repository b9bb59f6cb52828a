package vn.sangkien.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored summary of a campaign and its pacted clusters: SCHEDULED ones are the history of
 * progress, the FINAL one freezes the standings at the close. Never changed once written.
 */
@Entity
@Table(name = "summary_snapshot")
public class SummarySnapshot {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String FINAL = "FINAL";

    @Id
    @SequenceGenerator(name = "summary_snapshot_seq", sequenceName = "summary_snapshot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summary_snapshot_seq")
    private Long id;
    @Column(name = "campaign_id")
    private long campaignId;
    private String kind;
    @Column(name = "period_key")
    private String periodKey;
    @Column(name = "generated_at")
    private Instant generatedAt;
    private String body;

    protected SummarySnapshot() {
    }

    public SummarySnapshot(long campaignId, String kind, String periodKey, Instant generatedAt, String body) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.periodKey = periodKey;
        this.generatedAt = generatedAt;
        this.body = body;
    }

    public String getKind() {
        return kind;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getBody() {
        return body;
    }
}
