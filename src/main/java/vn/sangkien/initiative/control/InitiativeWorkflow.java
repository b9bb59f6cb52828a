package vn.sangkien.initiative.control;

import static vn.sangkien.identity.control.Privileges.Capability.HANDLE_SUBMITTED;
import static vn.sangkien.identity.control.Privileges.Capability.RECOGNIZE;
import static vn.sangkien.identity.control.Privileges.Capability.REGISTER_INITIATIVES;
import static vn.sangkien.identity.control.Privileges.Capability.REVIEW_VERIFIED;
import static vn.sangkien.initiative.entity.InitiativeStatus.DRAFT;
import static vn.sangkien.initiative.entity.InitiativeStatus.RECOGNIZED;
import static vn.sangkien.initiative.entity.InitiativeStatus.REJECTED;
import static vn.sangkien.initiative.entity.InitiativeStatus.RETURNED;
import static vn.sangkien.initiative.entity.InitiativeStatus.SUBMITTED;
import static vn.sangkien.initiative.entity.InitiativeStatus.VERIFIED;
import static vn.sangkien.initiative.entity.InitiativeStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.InitiativeStatus;

/**
 * The initiative workflow as one table: which action leads from which status to
 * which, and the capability it takes ({@link vn.sangkien.identity.control.Privileges} says which
 * roles hold it, and what else decides whether a caller may use it on a given initiative). The
 * grassroots union verifies; the council recognises, rejects or returns what was verified; authors
 * and officers submit and withdraw.
 */
public final class InitiativeWorkflow {

    /** The answer to "may a caller holding these roles take this action from this status?". */
    public enum Verdict {
        ALLOWED,
        /** The caller's roles may not take this action now: 403. */
        ROLE_NOT_ALLOWED,
        /** Nobody may take this action from the current status: 409. */
        STATUS_NOT_ALLOWED
    }

    /** One step of the workflow: from which statuses an action leads where, and what it takes. */
    public record Step(Action action, Set<InitiativeStatus> from, InitiativeStatus to, Capability capability) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(Action.SUBMIT, EnumSet.of(DRAFT, RETURNED), SUBMITTED, REGISTER_INITIATIVES),
            new Step(Action.VERIFY, EnumSet.of(SUBMITTED), VERIFIED, HANDLE_SUBMITTED),
            new Step(Action.RECOGNIZE, EnumSet.of(VERIFIED), RECOGNIZED, RECOGNIZE),
            new Step(Action.REJECT, EnumSet.of(SUBMITTED), REJECTED, HANDLE_SUBMITTED),
            new Step(Action.REJECT, EnumSet.of(VERIFIED), REJECTED, REVIEW_VERIFIED),
            new Step(Action.RETURN, EnumSet.of(SUBMITTED), RETURNED, HANDLE_SUBMITTED),
            new Step(Action.RETURN, EnumSet.of(VERIFIED), RETURNED, REVIEW_VERIFIED),
            new Step(Action.WITHDRAW, EnumSet.of(DRAFT, SUBMITTED, RETURNED, VERIFIED), WITHDRAWN, REGISTER_INITIATIVES));

    private InitiativeWorkflow() {
    }

    /** May a caller holding these roles take this action from this status? */
    public static Verdict check(Action action, InitiativeStatus from, Set<Role> roles) {
        boolean roleEverAllowed = STEPS.stream().anyMatch(s -> s.action == action && s.capability.heldBy(roles));
        if (!roleEverAllowed) {
            return Verdict.ROLE_NOT_ALLOWED;
        }
        Optional<Step> step = step(action, from);
        if (step.isEmpty()) {
            return Verdict.STATUS_NOT_ALLOWED;
        }
        return step.get().capability.heldBy(roles) ? Verdict.ALLOWED : Verdict.ROLE_NOT_ALLOWED;
    }

    /** The step an action takes from a status, if any. */
    public static Optional<Step> step(Action action, InitiativeStatus from) {
        return STEPS.stream().filter(s -> s.action == action && s.from.contains(from)).findFirst();
    }

    /** The status an allowed action leads to. */
    public static InitiativeStatus target(Action action, InitiativeStatus from) {
        return step(action, from).map(Step::to)
                .orElseThrow(() -> new IllegalArgumentException(action + " is not possible from " + from));
    }

    /** The actions some role may take from a status, whatever the initiative. */
    public static Set<Action> actionsFrom(InitiativeStatus from, Set<Role> roles) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (check(action, from, roles) == Verdict.ALLOWED) {
                actions.add(action);
            }
        }
        return actions;
    }
}
