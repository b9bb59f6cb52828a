package vn.sangkien.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.sangkien.identity.control.Privileges.Account;
import vn.sangkien.identity.control.Privileges.AccountAction;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.identity.control.Privileges.InitiativeFacts;
import vn.sangkien.organization.entity.OrganizationAction;
import vn.sangkien.identity.control.Privileges.Verdict;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.UserPrincipal;

/**
 * The rules of who may do what, as matrices of every role × action × target. Each actor holds one
 * role in a province (P); its targets are itself or its own organization, a member of a district
 * below (subordinate), an officer of the national organization above (superior), and an
 * administrator in the district below. A = allowed, F = forbidden (403), N = not found (404).
 */
class PrivilegesTest {

    private static final String NATIONAL = "/1/";
    private static final String PROVINCE = "/1/10/";
    private static final String DISTRICT = "/1/10/20/";
    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.FEDERATION_OFFICER, Role.UNIT_OFFICER,
            Role.REVIEWER, Role.MEMBER, Role.INTEGRATION);

    /** Rows: action and target; columns: ADMIN, FEDERATION_OFFICER, UNIT_OFFICER, REVIEWER, MEMBER, INTEGRATION. */
    private static final String ACCOUNT_MATRIX = """
            READ             own            A A A A A A
            READ             subordinate    A A A F F F
            READ             superior       N N N N N N
            READ             administrator  A A A F F F
            CREATE           own            A A F F F F
            CREATE           subordinate    A A F F F F
            CREATE           superior       N N N N N N
            CREATE           administrator  A F F F F F
            RENAME           own            A A A A A A
            RENAME           subordinate    A A F F F F
            RENAME           superior       N N N N N N
            RENAME           administrator  A F F F F F
            CHANGE_PASSWORD  own            A A A A A A
            CHANGE_PASSWORD  subordinate    A A F F F F
            CHANGE_PASSWORD  superior       N N N N N N
            CHANGE_PASSWORD  administrator  A F F F F F
            CHANGE_ROLES     own            F F F F F F
            CHANGE_ROLES     subordinate    A A F F F F
            CHANGE_ROLES     superior       N N N N N N
            CHANGE_ROLES     administrator  A F F F F F
            DEACTIVATE       own            F F F F F F
            DEACTIVATE       subordinate    A A F F F F
            DEACTIVATE       superior       N N N N N N
            DEACTIVATE       administrator  A F F F F F
            ACTIVATE         subordinate    A A F F F F
            ACTIVATE         administrator  A F F F F F
            """;

    private static final String ORGANIZATION_MATRIX = """
            CREATE      own          A A F F F F
            CREATE      subordinate  A A F F F F
            CREATE      superior     N N N N N N
            RENAME      own          A A F F F F
            RENAME      subordinate  A A F F F F
            RENAME      superior     N N N N N N
            DEACTIVATE  own          F F F F F F
            DEACTIVATE  subordinate  A A F F F F
            DEACTIVATE  superior     N N N N N N
            ACTIVATE    subordinate  A A F F F F
            """;

    @Test
    void accountsEveryRoleTimesEveryActionTimesEveryTarget() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows(ACCOUNT_MATRIX)) {
            AccountAction action = AccountAction.valueOf(row[0]);
            for (int i = 0; i < ROLES.size(); i++) {
                UserPrincipal actor = actor(ROLES.get(i));
                Account target = accountTarget(actor, action, row[1]);
                Set<Role> current = switch (action) {
                    case CREATE -> Set.of();
                    case CHANGE_ROLES -> currentRoles(actor, row[1]);
                    default -> target.roles();
                };
                Verdict verdict = Privileges.account(actor, action, target, current);
                expect(wrong, row, ROLES.get(i), verdict);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void organizationsEveryRoleTimesEveryActionTimesEveryTarget() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> paths = Map.of("own", PROVINCE, "subordinate", DISTRICT, "superior", NATIONAL);
        for (String[] row : rows(ORGANIZATION_MATRIX)) {
            for (Role role : ROLES) {
                Verdict verdict = Privileges.organization(actor(role), OrganizationAction.valueOf(row[0]), paths.get(row[1]));
                expect(wrong, row, role, verdict);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void onlyAdministratorsCreateTheNationalOrganization() {
        for (Role role : ROLES) {
            assertEquals(role == Role.ADMIN ? Verdict.ALLOWED : Verdict.FORBIDDEN,
                    Privileges.organization(actor(role), OrganizationAction.CREATE, null), role.name());
        }
    }

    @Test
    void nobodyDeactivatesTheOrganizationTheyBelongTo() {
        UserPrincipal nationalAdmin = principal("root", NATIONAL, Role.ADMIN);
        assertEquals(Verdict.FORBIDDEN, Privileges.organization(nationalAdmin, OrganizationAction.DEACTIVATE, NATIONAL));
        assertEquals(Verdict.ALLOWED, Privileges.organization(nationalAdmin, OrganizationAction.DEACTIVATE, PROVINCE));
    }

    @Test
    void anAccountHoldingSeveralRolesIsManagedOnlyByWhoMayGrantAllOfThem() {
        UserPrincipal officer = actor(Role.FEDERATION_OFFICER);
        Account adminAndMember = new Account("both", EnumSet.of(Role.ADMIN, Role.MEMBER), DISTRICT);
        assertEquals(Verdict.FORBIDDEN, Privileges.account(officer, AccountAction.CHANGE_PASSWORD, adminAndMember,
                adminAndMember.roles()));
        Account member = new Account("m", EnumSet.of(Role.MEMBER), DISTRICT);
        assertEquals(Verdict.FORBIDDEN, Privileges.account(officer, AccountAction.CHANGE_ROLES,
                new Account("m", EnumSet.of(Role.MEMBER, Role.ADMIN), DISTRICT), member.roles()), "granting ADMIN");
        assertEquals(Verdict.ALLOWED, Privileges.account(officer, AccountAction.CHANGE_ROLES,
                new Account("m", EnumSet.of(Role.REVIEWER), DISTRICT), member.roles()));
    }

    /**
     * Rows: capability (the workflow step), then the verdict for each role, on an initiative of a unit
     * below that another user registered and a third verified (members act only on their own).
     */
    private static final String INITIATIVE_MATRIX = """
            REGISTER_INITIATIVES  A A A F F A
            HANDLE_SUBMITTED      A A A F F A
            REVIEW_VERIFIED       A F F A F F
            RECOGNIZE             A F F A F F
            """;

    @Test
    void initiativesEveryRoleTimesEveryStepOnAnotherUsersInitiative() {
        List<String> wrong = new ArrayList<>();
        InitiativeFacts facts = new InitiativeFacts(DISTRICT, "someone.else", Set.of("a.verifier"));
        for (String[] row : rows(INITIATIVE_MATRIX)) {
            for (int i = 0; i < ROLES.size(); i++) {
                Role role = ROLES.get(i);
                Verdict verdict = Privileges.initiative(actor(role), Capability.valueOf(row[0]), facts);
                Verdict expected = code(row[1 + i]);
                if (!expected.equals(verdict)) {
                    wrong.add(row[0] + " " + role + ": expected " + expected + ", was " + verdict);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void membersActOnlyOnWhatTheyRegistered() {
        UserPrincipal member = actor(Role.MEMBER);
        assertEquals(Verdict.ALLOWED, Privileges.initiative(member, Capability.REGISTER_INITIATIVES,
                new InitiativeFacts(DISTRICT, member.username(), Set.of())));
        assertEquals(Verdict.FORBIDDEN, Privileges.initiative(member, Capability.REGISTER_INITIATIVES,
                new InitiativeFacts(DISTRICT, "other", Set.of())));
        assertTrue(Privileges.actsOnlyOnOwn(Set.of(Role.MEMBER)));
        assertFalse(Privileges.actsOnlyOnOwn(Set.of(Role.MEMBER, Role.UNIT_OFFICER)));
        assertFalse(Privileges.actsOnlyOnOwn(Set.of(Role.REVIEWER)));
    }

    @Test
    void whoVerifiedNeverRecognisesWhateverRolesTheyHold() {
        UserPrincipal both = principal("both", PROVINCE, Role.UNIT_OFFICER, Role.REVIEWER);
        UserPrincipal admin = principal("root", NATIONAL, Role.ADMIN);
        InitiativeFacts verifiedByBoth = new InitiativeFacts(DISTRICT, "author", Set.of("both"));
        assertEquals(Verdict.SEPARATION_OF_DUTIES, Privileges.initiative(both, Capability.RECOGNIZE, verifiedByBoth));
        assertEquals(Verdict.ALLOWED, Privileges.initiative(both, Capability.REVIEW_VERIFIED, verifiedByBoth),
                "returning or rejecting what one verified is not recognising it");
        assertEquals(Verdict.SEPARATION_OF_DUTIES, Privileges.initiative(admin, Capability.RECOGNIZE,
                new InitiativeFacts(DISTRICT, "author", Set.of("root", "x"))));
        assertEquals(Verdict.ALLOWED, Privileges.initiative(admin, Capability.RECOGNIZE,
                new InitiativeFacts(DISTRICT, "author", Set.of("x"))));
    }

    @Test
    void aCouncilNeverRecognisesAnInitiativeOfItsOwnUnitButTheAdministratorMay() {
        InitiativeFacts ofTheProvince = new InitiativeFacts(PROVINCE, "author", Set.of("x"));
        assertEquals(Verdict.FORBIDDEN, Privileges.initiative(actor(Role.REVIEWER), Capability.RECOGNIZE, ofTheProvince));
        assertEquals(Verdict.ALLOWED, Privileges.initiative(actor(Role.ADMIN), Capability.RECOGNIZE, ofTheProvince));
    }

    @Test
    void outsideTheSubtreeNothingExists() {
        for (Role role : ROLES) {
            for (Capability capability : Capability.values()) {
                assertEquals(Verdict.NOT_FOUND, Privileges.initiative(actor(role), capability,
                        new InitiativeFacts("/1/11/", "x", Set.of())), role + " " + capability);
            }
        }
    }

    /**
     * Who reads which part of the audit trail (every actor sits in the province): the subtree's prefix,
     * "" for all of it, "-" for none.
     */
    @Test
    void theAuditTrailEveryRoleTimesItsScope() {
        Map<Role, String> expected = Map.of(Role.ADMIN, "", Role.FEDERATION_OFFICER, PROVINCE, Role.UNIT_OFFICER, "-",
                Role.REVIEWER, "-", Role.MEMBER, "-", Role.INTEGRATION, "-");
        for (Role role : ROLES) {
            assertEquals(expected.get(role), Privileges.auditScope(actor(role)).orElse("-"), role.name());
        }
        UserPrincipal both = principal("p.both", PROVINCE, Role.FEDERATION_OFFICER, Role.MEMBER);
        assertEquals(PROVINCE, Privileges.auditScope(both).orElse("-"), "a further role takes nothing away");
    }

    @Test
    void onlyPeopleSignInToTheConsole() {
        for (Role role : ROLES) {
            assertEquals(role != Role.INTEGRATION, Privileges.maySignInToConsole(Set.of(role)), role.name());
        }
        assertFalse(Privileges.maySignInToConsole(Set.of(Role.INTEGRATION, Role.UNIT_OFFICER)),
                "a service account stays one whatever else it holds");
        assertFalse(Privileges.maySignInToConsole(Set.of()));
    }

    private static Account accountTarget(UserPrincipal actor, AccountAction action, String target) {
        return switch (target) {
            case "own" -> action == AccountAction.CREATE
                    ? new Account("new.colleague", EnumSet.of(Role.MEMBER), PROVINCE)
                    : new Account(actor.username(), rolesAfter(action, actor.roles()), PROVINCE);
            case "subordinate" -> new Account("d.member", rolesAfter(action, EnumSet.of(Role.MEMBER)), DISTRICT);
            case "superior" -> new Account("n.officer", rolesAfter(action, EnumSet.of(Role.FEDERATION_OFFICER)), NATIONAL);
            case "administrator" -> new Account("d.admin", rolesAfter(action, EnumSet.of(Role.ADMIN)), DISTRICT);
            default -> throw new IllegalArgumentException(target);
        };
    }

    private static Set<Role> currentRoles(UserPrincipal actor, String target) {
        return switch (target) {
            case "own" -> actor.roles();
            case "subordinate" -> EnumSet.of(Role.MEMBER);
            case "superior" -> EnumSet.of(Role.FEDERATION_OFFICER);
            case "administrator" -> EnumSet.of(Role.ADMIN);
            default -> throw new IllegalArgumentException(target);
        };
    }

    /** A role change in the matrix adds REVIEWER to what the account holds. */
    private static Set<Role> rolesAfter(AccountAction action, Set<Role> roles) {
        Set<Role> after = EnumSet.copyOf(roles);
        if (action == AccountAction.CHANGE_ROLES) {
            after.add(Role.REVIEWER);
        }
        return after;
    }

    private static void expect(List<String> wrong, String[] row, Role role, Verdict verdict) {
        Verdict expected = code(row[2 + ROLES.indexOf(role)]);
        if (expected != verdict) {
            wrong.add(row[0] + " " + row[1] + " by " + role + ": expected " + expected + ", was " + verdict);
        }
    }

    private static Verdict code(String letter) {
        return switch (letter) {
            case "A" -> Verdict.ALLOWED;
            case "F" -> Verdict.FORBIDDEN;
            case "N" -> Verdict.NOT_FOUND;
            default -> throw new IllegalArgumentException(letter);
        };
    }

    private static List<String[]> rows(String matrix) {
        return matrix.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
    }

    private static UserPrincipal actor(Role role) {
        return principal("p." + role.name().toLowerCase(), PROVINCE, role);
    }

    private static UserPrincipal principal(String username, String path, Role... roles) {
        return new UserPrincipal(1, username, username, 10, "P", path, EnumSet.copyOf(List.of(roles)));
    }
}
