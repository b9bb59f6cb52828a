package vn.sangkien.initiative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an initiative's history: its registration, then every transition. Never changed. */
@Entity
@Table(name = "initiative_transition")
public class InitiativeTransition {

    /** The action of the first step, the registration. */
    public static final String REGISTER = "REGISTER";

    @Id
    @SequenceGenerator(name = "initiative_transition_seq", sequenceName = "initiative_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_transition_seq")
    private Long id;

    @Column(name = "initiative_id")
    private long initiativeId;
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private InitiativeStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private InitiativeStatus toStatus;
    private String actor;
    @Column(name = "happened_at")
    private Instant happenedAt;
    @Column(name = "comment_text")
    private String comment;

    protected InitiativeTransition() {
    }

    public InitiativeTransition(long initiativeId, String action, InitiativeStatus fromStatus,
                                InitiativeStatus toStatus, String actor, Instant happenedAt, String comment) {
        this.initiativeId = initiativeId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public InitiativeStatus getFromStatus() {
        return fromStatus;
    }

    public InitiativeStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getComment() {
        return comment;
    }
}
