package vn.sangkien.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One change, kept for good: when, by whom (null: the system itself), through which channel, what
 * was done to which thing, in which organization, and a short description. Nothing updates it (its
 * columns are not updatable, and on PostgreSQL a trigger refuses UPDATE and DELETE).
 */
@Entity
@Table(name = "audit_event")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest detail kept; longer ones are cut. */
    public static final int MAX_DETAIL = 4000;
    /** The sequence of the ids, for writers with plain JDBC. */
    public static final String SEQUENCE = "audit_event_seq";

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = SEQUENCE, allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @Column(updatable = false)
    private Long id;
    @Column(name = "happened_at", updatable = false)
    private Instant at;
    @Column(name = "actor", updatable = false)
    private String username;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Channel channel;
    @Column(updatable = false)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", updatable = false)
    private AuditedType entityType;
    @Column(name = "entity_key", updatable = false)
    private String entityId;
    @Column(name = "organization_code", updatable = false)
    private String organizationCode;
    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String username, Channel channel, String action, AuditedType entityType, String entityId,
               String organizationCode, String detail) {
        this.at = at;
        this.username = username;
        this.channel = channel;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.organizationCode = organizationCode;
        this.detail = cut(detail);
    }

    /** The detail as it is kept. */
    public static String cut(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAction() {
        return action;
    }

    public AuditedType getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getDetail() {
        return detail;
    }
}
