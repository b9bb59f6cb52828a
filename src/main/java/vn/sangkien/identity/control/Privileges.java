package vn.sangkien.identity.control;

import static vn.sangkien.identity.entity.Role.ADMIN;
import static vn.sangkien.identity.entity.Role.FEDERATION_OFFICER;
import static vn.sangkien.identity.entity.Role.INTEGRATION;
import static vn.sangkien.identity.entity.Role.MEMBER;
import static vn.sangkien.identity.entity.Role.REVIEWER;
import static vn.sangkien.identity.entity.Role.UNIT_OFFICER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.organization.entity.OrganizationAction;
import vn.sangkien.platform.refusal.BusinessException;

/**
 * Who may do what, in one place: which roles hold which capability, and the rules that depend on
 * the target as well (its place in the tree, the roles it holds, who acted on it before). Every
 * channel asks these questions through its boundary, so the console, REST and SOAP refuse alike.
 *
 * <p>Scope comes first: a target outside the actor's subtree does not exist for them
 * ({@link Verdict#NOT_FOUND}). Then the roles, then the target: nobody changes their own roles or
 * status, nor an account holding a role they may not grant (so only administrators manage
 * administrators), nobody deactivates the organization they belong to, and the user who verified
 * an initiative never recognises it, whatever roles they hold.
 */
public final class Privileges {

    /** What a role lets its holder do. */
    public enum Capability {
        /** Create, rename, activate and deactivate organizations of the subtree. */
        MANAGE_ORGANIZATIONS(ADMIN, FEDERATION_OFFICER),
        /** Create the national organization, the root of the tree. */
        CREATE_NATIONAL_ORGANIZATION(ADMIN),
        /** Create and change campaigns organized in the subtree. */
        MANAGE_CAMPAIGNS(ADMIN, FEDERATION_OFFICER),
        /** Create clusters and blocks and sign pacts in the subtree. */
        MANAGE_CLUSTERS(ADMIN, FEDERATION_OFFICER),
        /** Give manual points to the members of a pacted cluster. */
        SCORE_CLUSTERS(ADMIN, FEDERATION_OFFICER, REVIEWER),
        /** Create accounts and change other accounts of the subtree. */
        MANAGE_USERS(ADMIN, FEDERATION_OFFICER),
        /** See the accounts of the subtree and their roles: officers only. */
        LIST_USERS(ADMIN, FEDERATION_OFFICER, UNIT_OFFICER),
        /** Register, edit, submit and withdraw initiatives (members only their own). */
        REGISTER_INITIATIVES(ADMIN, FEDERATION_OFFICER, UNIT_OFFICER, INTEGRATION, MEMBER),
        /** The grassroots side: verify, reject or return what was submitted. */
        HANDLE_SUBMITTED(ADMIN, FEDERATION_OFFICER, UNIT_OFFICER, INTEGRATION),
        /** The council: reject or return what was verified. */
        REVIEW_VERIFIED(ADMIN, REVIEWER),
        /** The council: recognise what was verified. */
        RECOGNIZE(ADMIN, REVIEWER),
        /** Read the confidential parts of an initiative outside its own unit. */
        SEE_CONFIDENTIAL(ADMIN, REVIEWER),
        /** Read the audit trail: administrators all of it, federation officers their subtree's. */
        READ_AUDIT(ADMIN, FEDERATION_OFFICER);

        private final Set<Role> roles;

        Capability(Role... roles) {
            this.roles = Collections.unmodifiableSet(EnumSet.of(roles[0], roles));
        }

        public boolean heldBy(Set<Role> held) {
            return held.stream().anyMatch(roles::contains);
        }
    }

    /** The answer: allowed, or how a refusal is told. */
    public enum Verdict {
        ALLOWED,
        /** The role or the target is not for this caller: 403. */
        FORBIDDEN,
        /** The target is outside the caller's subtree: 404, as if it did not exist. */
        NOT_FOUND,
        /** The caller verified the initiative and may not also recognise it: 403, said as such. */
        SEPARATION_OF_DUTIES;

        /** Goes on when allowed; otherwise refuses the request as the verdict says. */
        public void orThrow() {
            switch (this) {
                case ALLOWED -> { }
                case FORBIDDEN -> throw BusinessException.forbidden();
                case NOT_FOUND -> throw BusinessException.notFound();
                case SEPARATION_OF_DUTIES -> throw new BusinessException(BusinessException.Kind.SEPARATION_OF_DUTIES,
                        "problem.separationOfDuties");
            }
        }
    }

    /** What can be done to an account. */
    public enum AccountAction {
        READ, CREATE, RENAME, CHANGE_PASSWORD, CHANGE_ROLES, ACTIVATE, DEACTIVATE
    }

    /** What can be done to an organization (for CREATE, the target is the new one's parent). */
    /** An account as the rules see it. */
    public record Account(String username, Set<Role> roles, String organizationPath) {
    }

    /** An initiative as the rules see it: where it is, who registered it and who ever verified it. */
    public record InitiativeFacts(String unitPath, String registeredBy, Set<String> verifiedBy) {
    }

    private Privileges() {
    }

    /** Does the actor hold this capability (whatever the target)? */
    public static boolean holds(UserPrincipal actor, Capability capability) {
        return capability.heldBy(actor.roles());
    }

    /** The console is for people: service accounts ({@code INTEGRATION}) use the API only. */
    public static boolean maySignInToConsole(Set<Role> roles) {
        return !roles.isEmpty() && !roles.contains(INTEGRATION);
    }

    /** The roles an actor may give to an account (and so the accounts it may manage). */
    public static Set<Role> grantable(UserPrincipal actor) {
        if (actor.roles().contains(ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        return holds(actor, Capability.MANAGE_USERS) ? EnumSet.complementOf(EnumSet.of(ADMIN)) : EnumSet.noneOf(Role.class);
    }

    /** Is this organization (by its materialised path) inside the actor's subtree? */
    public static boolean covers(UserPrincipal actor, String organizationPath) {
        return organizationPath != null && organizationPath.startsWith(actor.organizationPath());
    }

    /**
     * May the actor take this action on the account? For {@link AccountAction#CREATE} the target is
     * the account to be, for {@link AccountAction#CHANGE_ROLES} its roles are the new ones and
     * {@code current} the ones it holds; {@code current} is the target's own roles otherwise.
     */
    public static Verdict account(UserPrincipal actor, AccountAction action, Account target, Set<Role> current) {
        if (!covers(actor, target.organizationPath())) {
            return Verdict.NOT_FOUND;
        }
        boolean self = actor.username().equals(target.username()) && action != AccountAction.CREATE;
        if (self) {
            // Anyone reads, renames and re-keys their own account; nobody changes their own roles or status.
            return action == AccountAction.CHANGE_ROLES || action == AccountAction.ACTIVATE
                    || action == AccountAction.DEACTIVATE ? Verdict.FORBIDDEN : Verdict.ALLOWED;
        }
        if (action == AccountAction.READ) {
            return holds(actor, Capability.LIST_USERS) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
        }
        Set<Role> grantable = grantable(actor);
        boolean mayManage = holds(actor, Capability.MANAGE_USERS)
                && grantable.containsAll(current) && grantable.containsAll(target.roles());
        return mayManage ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }

    /**
     * The part of the audit trail the actor may read: the path of the subtree whose organizations'
     * entries it may read; the empty path for all of it (administrators, whose entries include refused
     * sign-ins to accounts that do not exist and so belong to no organization); none at all when empty.
     */
    public static Optional<String> auditScope(UserPrincipal actor) {
        if (!holds(actor, Capability.READ_AUDIT)) {
            return Optional.empty();
        }
        return Optional.of(actor.roles().contains(ADMIN) ? "" : actor.organizationPath());
    }

    /** May the actor list the accounts of its subtree? */
    public static Verdict listAccounts(UserPrincipal actor) {
        return holds(actor, Capability.LIST_USERS) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }

    /**
     * May the actor take this action on the organization with this path (for CREATE: under it; a
     * null path for CREATE is the national organization, which has no parent)?
     */
    public static Verdict organization(UserPrincipal actor, OrganizationAction action, String path) {
        if (action == OrganizationAction.CREATE && path == null) {
            return holds(actor, Capability.CREATE_NATIONAL_ORGANIZATION) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
        }
        if (!covers(actor, path)) {
            return Verdict.NOT_FOUND;
        }
        if (!holds(actor, Capability.MANAGE_ORGANIZATIONS)) {
            return Verdict.FORBIDDEN;
        }
        boolean own = path.equals(actor.organizationPath());
        return action == OrganizationAction.DEACTIVATE && own ? Verdict.FORBIDDEN : Verdict.ALLOWED;
    }

    /**
     * May the actor do what this capability allows to this initiative? Members act only on what
     * they registered; a council never recognises an initiative of its own unit (unless it is the
     * administrator), and nobody recognises what they verified themselves.
     */
    public static Verdict initiative(UserPrincipal actor, Capability capability, InitiativeFacts target) {
        if (!covers(actor, target.unitPath())) {
            return Verdict.NOT_FOUND;
        }
        if (!holds(actor, capability)) {
            return Verdict.FORBIDDEN;
        }
        if (actsOnlyOnOwn(actor.roles()) && !actor.username().equals(target.registeredBy())) {
            return Verdict.FORBIDDEN;
        }
        if (capability == Capability.RECOGNIZE) {
            if (target.verifiedBy().contains(actor.username())) {
                return Verdict.SEPARATION_OF_DUTIES;
            }
            if (!actor.roles().contains(ADMIN) && target.unitPath().equals(actor.organizationPath())) {
                return Verdict.FORBIDDEN;
            }
        }
        return Verdict.ALLOWED;
    }

    /** Members act only on what they registered themselves; every other role on its whole subtree. */
    public static boolean actsOnlyOnOwn(Set<Role> roles) {
        return roles.contains(MEMBER) && roles.stream().allMatch(r -> r == MEMBER);
    }
}
