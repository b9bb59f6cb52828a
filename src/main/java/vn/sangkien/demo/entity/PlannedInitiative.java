package vn.sangkien.demo.entity;

import java.time.Instant;
import java.util.List;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;

/**
 * An initiative as the load makes it: registered by a demo user at an instant, as a draft or
 * submitted, then moved through the workflow step by step.
 */
public record PlannedInitiative(String campaignCode, String unitCode, String registeredBy, Instant registeredAt,
                                InitiativeStatus registeredAs, InitiativeContent content, List<PlannedStep> steps) {

    /** The status after the last step. */
    public InitiativeStatus status() {
        return steps.isEmpty() ? registeredAs : steps.get(steps.size() - 1).to();
    }

    /** When it last changed. */
    public Instant updatedAt() {
        return steps.isEmpty() ? registeredAt : steps.get(steps.size() - 1).at();
    }
}
