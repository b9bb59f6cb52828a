package vn.sangkien.initiative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.initiative.control.InitiativeWorkflow.Verdict.ALLOWED;
import static vn.sangkien.initiative.control.InitiativeWorkflow.Verdict.ROLE_NOT_ALLOWED;
import static vn.sangkien.initiative.control.InitiativeWorkflow.Verdict.STATUS_NOT_ALLOWED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.InitiativeStatus;

class InitiativeWorkflowTest {

    @ParameterizedTest
    @CsvSource({
        "SUBMIT, DRAFT, MEMBER, SUBMITTED",
        "SUBMIT, RETURNED, UNIT_OFFICER, SUBMITTED",
        "VERIFY, SUBMITTED, UNIT_OFFICER, VERIFIED",
        "VERIFY, SUBMITTED, INTEGRATION, VERIFIED",
        "RECOGNIZE, VERIFIED, REVIEWER, RECOGNIZED",
        "REJECT, VERIFIED, REVIEWER, REJECTED",
        "REJECT, SUBMITTED, UNIT_OFFICER, REJECTED",
        "RETURN, SUBMITTED, FEDERATION_OFFICER, RETURNED",
        "RETURN, VERIFIED, REVIEWER, RETURNED",
        "WITHDRAW, SUBMITTED, MEMBER, WITHDRAWN",
        "WITHDRAW, DRAFT, INTEGRATION, WITHDRAWN",
        "RECOGNIZE, VERIFIED, ADMIN, RECOGNIZED"
    })
    void theWorkflowOfDesignMd(Action action, InitiativeStatus from, Role role, InitiativeStatus to) {
        assertEquals(ALLOWED, InitiativeWorkflow.check(action, from, Set.of(role)));
        assertEquals(to, InitiativeWorkflow.target(action, from));
    }

    @ParameterizedTest
    @CsvSource({
        "VERIFY, SUBMITTED, MEMBER",
        "RECOGNIZE, VERIFIED, UNIT_OFFICER",
        "RECOGNIZE, VERIFIED, FEDERATION_OFFICER",
        "SUBMIT, DRAFT, REVIEWER",
        "REJECT, SUBMITTED, REVIEWER",
        "RETURN, VERIFIED, UNIT_OFFICER",
        "WITHDRAW, SUBMITTED, REVIEWER"
    })
    void aRoleThatMayNotTakeTheActionIsForbidden(Action action, InitiativeStatus from, Role role) {
        assertEquals(ROLE_NOT_ALLOWED, InitiativeWorkflow.check(action, from, Set.of(role)));
    }

    @ParameterizedTest
    @CsvSource({
        "VERIFY, DRAFT", "VERIFY, VERIFIED", "RECOGNIZE, SUBMITTED", "RECOGNIZE, RECOGNIZED",
        "SUBMIT, SUBMITTED", "SUBMIT, WITHDRAWN", "WITHDRAW, RECOGNIZED", "WITHDRAW, REJECTED",
        "WITHDRAW, WITHDRAWN", "RETURN, DRAFT", "REJECT, REJECTED"
    })
    void anActionThatNobodyMayTakeFromTheStatusIsAConflict(Action action, InitiativeStatus from) {
        assertEquals(STATUS_NOT_ALLOWED, InitiativeWorkflow.check(action, from, EnumSet.allOf(Role.class)));
        assertThrows(IllegalArgumentException.class, () -> InitiativeWorkflow.target(action, from));
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"RECOGNIZED", "REJECTED", "WITHDRAWN"})
    void finalStatusesAllowNothing(InitiativeStatus status) {
        assertTrue(InitiativeWorkflow.actionsFrom(status, EnumSet.allOf(Role.class)).isEmpty());
    }

    @Test
    void actionsOfferedMatchTheRoles() {
        assertEquals(EnumSet.of(Action.RECOGNIZE, Action.REJECT, Action.RETURN),
                InitiativeWorkflow.actionsFrom(InitiativeStatus.VERIFIED, Set.of(Role.REVIEWER)));
        assertEquals(EnumSet.of(Action.VERIFY, Action.REJECT, Action.RETURN, Action.WITHDRAW),
                InitiativeWorkflow.actionsFrom(InitiativeStatus.SUBMITTED, Set.of(Role.UNIT_OFFICER)));
    }

    @Test
    void registeredExcludesDraftAndWithdrawn() {
        assertEquals(EnumSet.of(InitiativeStatus.SUBMITTED, InitiativeStatus.VERIFIED, InitiativeStatus.RECOGNIZED,
                InitiativeStatus.REJECTED, InitiativeStatus.RETURNED), InitiativeStatus.REGISTERED);
    }
}
