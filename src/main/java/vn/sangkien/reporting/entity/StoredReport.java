package vn.sangkien.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A review report stored on the reporting schedule, as its file; never changed once written. */
@Entity
@Table(name = "stored_report")
public class StoredReport {

    /** The review of a campaign still open (sơ kết). */
    public static final String INTERIM = "INTERIM";
    /** The review of a closed campaign (tổng kết). */
    public static final String FINAL = "FINAL";

    @Id
    @SequenceGenerator(name = "stored_report_seq", sequenceName = "stored_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_report_seq")
    private Long id;
    @Column(name = "campaign_id", updatable = false)
    private long campaignId;
    @Column(updatable = false)
    private String kind;
    @Column(updatable = false)
    private String format;
    @Column(name = "generated_at", updatable = false)
    private Instant generatedAt;
    @Column(updatable = false)
    private byte[] body;

    protected StoredReport() {
    }

    public StoredReport(long campaignId, String kind, String format, Instant generatedAt, byte[] body) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.format = format;
        this.generatedAt = generatedAt;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getFormat() {
        return format;
    }

    public byte[] getBody() {
        return body;
    }
}
