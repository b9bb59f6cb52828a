package vn.sangkien.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change made by someone, kept for good: who, when, to what, and a short description. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;
    @Column(name = "happened_at")
    private Instant happenedAt;
    private String actor;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_key")
    private String entityKey;
    private String action;
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant happenedAt, String actor, String entityType, String entityKey, String action,
                      String detail) {
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityKey = entityKey;
        this.action = action;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }
}
