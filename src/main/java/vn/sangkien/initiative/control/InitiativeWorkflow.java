package vn.sangkien.initiative.control;

import static vn.sangkien.identity.entity.Role.ADMIN;
import static vn.sangkien.identity.entity.Role.FEDERATION_OFFICER;
import static vn.sangkien.identity.entity.Role.INTEGRATION;
import static vn.sangkien.identity.entity.Role.MEMBER;
import static vn.sangkien.identity.entity.Role.REVIEWER;
import static vn.sangkien.identity.entity.Role.UNIT_OFFICER;
import static vn.sangkien.initiative.entity.InitiativeStatus.DRAFT;
import static vn.sangkien.initiative.entity.InitiativeStatus.RECOGNIZED;
import static vn.sangkien.initiative.entity.InitiativeStatus.REJECTED;
import static vn.sangkien.initiative.entity.InitiativeStatus.RETURNED;
import static vn.sangkien.initiative.entity.InitiativeStatus.SUBMITTED;
import static vn.sangkien.initiative.entity.InitiativeStatus.VERIFIED;
import static vn.sangkien.initiative.entity.InitiativeStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.InitiativeStatus;

/**
 * The initiative workflow of DESIGN.md as one table of rules: which action leads from which
 * status to which, and who may take it. The grassroots union verifies; reviewers of a superior
 * level recognise, reject or return what was verified; authors and officers submit and withdraw.
 */
public final class InitiativeWorkflow {

    /** The answer to "may this caller do that now?". */
    public enum Verdict {
        ALLOWED,
        /** The caller's role may not take this action now: 403. */
        ROLE_NOT_ALLOWED,
        /** Nobody may take this action from the current status: 409. */
        STATUS_NOT_ALLOWED
    }

    private record Rule(Action action, Set<InitiativeStatus> from, InitiativeStatus to, Set<Role> roles) {
    }

    private static final Set<Role> UNIT = EnumSet.of(ADMIN, FEDERATION_OFFICER, UNIT_OFFICER, INTEGRATION);
    private static final Set<Role> UNIT_AND_AUTHOR = EnumSet.of(ADMIN, FEDERATION_OFFICER, UNIT_OFFICER, INTEGRATION, MEMBER);
    private static final Set<Role> COUNCIL = EnumSet.of(ADMIN, REVIEWER);

    private static final List<Rule> RULES = List.of(
            new Rule(Action.SUBMIT, EnumSet.of(DRAFT, RETURNED), SUBMITTED, UNIT_AND_AUTHOR),
            new Rule(Action.VERIFY, EnumSet.of(SUBMITTED), VERIFIED, UNIT),
            new Rule(Action.RECOGNIZE, EnumSet.of(VERIFIED), RECOGNIZED, COUNCIL),
            new Rule(Action.REJECT, EnumSet.of(SUBMITTED), REJECTED, UNIT),
            new Rule(Action.REJECT, EnumSet.of(VERIFIED), REJECTED, COUNCIL),
            new Rule(Action.RETURN, EnumSet.of(SUBMITTED), RETURNED, UNIT),
            new Rule(Action.RETURN, EnumSet.of(VERIFIED), RETURNED, COUNCIL),
            new Rule(Action.WITHDRAW, EnumSet.of(DRAFT, SUBMITTED, RETURNED, VERIFIED), WITHDRAWN, UNIT_AND_AUTHOR));

    private InitiativeWorkflow() {
    }

    /** May a caller holding these roles take this action from this status? */
    public static Verdict check(Action action, InitiativeStatus from, Set<Role> roles) {
        boolean roleEverAllowed = RULES.stream()
                .anyMatch(r -> r.action == action && r.roles.stream().anyMatch(roles::contains));
        if (!roleEverAllowed) {
            return Verdict.ROLE_NOT_ALLOWED;
        }
        List<Rule> fromHere = RULES.stream().filter(r -> r.action == action && r.from.contains(from)).toList();
        if (fromHere.isEmpty()) {
            return Verdict.STATUS_NOT_ALLOWED;
        }
        return fromHere.stream().anyMatch(r -> r.roles.stream().anyMatch(roles::contains))
                ? Verdict.ALLOWED : Verdict.ROLE_NOT_ALLOWED;
    }

    /** The status an allowed action leads to. */
    public static InitiativeStatus target(Action action, InitiativeStatus from) {
        return RULES.stream().filter(r -> r.action == action && r.from.contains(from))
                .map(Rule::to).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(action + " is not possible from " + from));
    }

    /** The actions some role may take from a status (what the console offers). */
    public static Set<Action> actionsFrom(InitiativeStatus from, Set<Role> roles) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (check(action, from, roles) == Verdict.ALLOWED) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Registering and editing belong to the unit's side: officers, integrations and members. */
    public static boolean mayRegister(Set<Role> roles) {
        return UNIT_AND_AUTHOR.stream().anyMatch(roles::contains);
    }

    /**
     * Members act only on what they registered themselves; the other roles act on anything in their
     * subtree (scope is checked apart).
     */
    public static boolean actsOnlyOnOwn(Set<Role> roles) {
        return roles.contains(MEMBER) && roles.stream().noneMatch(r -> r != MEMBER);
    }
}
