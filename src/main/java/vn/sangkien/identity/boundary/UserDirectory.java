package vn.sangkien.identity.boundary;

import vn.sangkien.platform.time.Moments;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.identity.control.Privileges.AccountAction;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.User;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;

/**
 * The users: administrators and federation officers manage the accounts of their subtree, officers
 * see them, and everyone may rename their own account and change their own password (giving the
 * current one). {@link Privileges} decides who may do which. Passwords are stored only as PBKDF2
 * hashes.
 */
@Stateless
public class UserDirectory {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrganizationRegistry organizations;

    @Inject
    UserAuthentication authentication;

    @Inject
    AuditLog audit;

    /** What a request to create a user says. */
    public record Draft(String username, String fullName, String password, List<String> roles,
                        String organizationCode) {
    }

    /**
     * What a request to change a user says; absent members stay as they are. A user changing their
     * own password also gives the current one.
     */
    public record Change(String fullName, String password, String currentPassword, List<String> roles, Boolean active) {
    }

    public User create(Draft draft, Violations v) {
        return create(draft, null, v);
    }

    /**
     * Creates a user whose password is hashed already: users given one password together (the demo's)
     * share one PBKDF2 derivation instead of one each. The draft's password is not read.
     */
    public User createHashed(Draft draft, String passwordHash, Violations v) {
        return create(draft, Objects.requireNonNull(passwordHash), v);
    }

    /** The principal of an active user, for work done as them ({@link Caller#actingAs}). */
    public UserPrincipal principalOf(String username) {
        User user = findByUsername(username).filter(User::isActive).orElseThrow(BusinessException::notFound);
        return user.toPrincipal(PasswordHash.stamp(user.getPasswordHash()));
    }

    private User create(Draft draft, String passwordHash, Violations v) {
        caller.require(Capability.MANAGE_USERS);
        String username = draft.username() == null ? null : draft.username().strip();
        if (username == null || username.isEmpty()) {
            v.add("username", "field.required");
        } else if (!USERNAME.matcher(username).matches()) {
            v.add("username", "user.username.format");
        }
        String fullName = v.text("fullName", draft.fullName(), 2, 200, true);
        if (passwordHash == null) {
            checkPassword(draft.password(), v);
        }
        Set<Role> roles = parseRoles(draft.roles(), true, v);
        Organization organization = v.reference("organizationCode", draft.organizationCode(), organizations::visible, true);
        v.throwIfAny();
        Privileges.account(caller.principal(), AccountAction.CREATE,
                new Privileges.Account(username, roles, organization.getPath()), Set.of()).orThrow();
        if (findByUsername(username).isPresent()) {
            throw BusinessException.conflict("user.username.taken", username);
        }
        User user = new User(username, fullName, passwordHash == null ? PasswordHash.of(draft.password()) : passwordHash,
                organization, roles, Moments.now());
        em.persist(user);
        em.flush();
        audit.record(caller.username(), AuditedType.USER, username, organization.getCode(), "CREATE",
                roles + " @ " + organization.getCode());
        return user;
    }

    public User change(String username, Change change, String ifMatch, Violations v) {
        User user = findInScope(username);
        Versions.checkIfMatch(ifMatch, user.getVersion(), false);
        String fullName = change.fullName() == null ? null : v.text("fullName", change.fullName(), 2, 200, true);
        if (change.password() != null) {
            checkPassword(change.password(), v);
        }
        Set<Role> roles = change.roles() == null ? null : parseRoles(change.roles(), true, v);
        v.throwIfAny();
        // Only what really changes is asked of the rules: a client may send back what it read.
        boolean rename = fullName != null && !fullName.equals(user.getFullName());
        boolean rekey = change.password() != null;
        boolean regrant = roles != null && !roles.equals(user.getRoles());
        boolean reactivate = change.active() != null && change.active() != user.isActive();
        var account = new Privileges.Account(user.getUsername(), user.getRoles(), user.getOrganization().getPath());
        if (rename) {
            Privileges.account(caller.principal(), AccountAction.RENAME, account, user.getRoles()).orThrow();
        }
        if (rekey) {
            Privileges.account(caller.principal(), AccountAction.CHANGE_PASSWORD, account, user.getRoles()).orThrow();
            if (user.getUsername().equals(caller.username())
                    && !PasswordHash.verify(change.currentPassword() == null ? "" : change.currentPassword(),
                            user.getPasswordHash())) {
                // One's own password changes only with the one it replaces (a session left open is not enough).
                throw BusinessException.invalid("currentPassword", "user.currentPassword.wrong");
            }
        }
        if (regrant) {
            Privileges.account(caller.principal(), AccountAction.CHANGE_ROLES,
                    new Privileges.Account(user.getUsername(), roles, user.getOrganization().getPath()), user.getRoles())
                    .orThrow();
        }
        if (reactivate) {
            Privileges.account(caller.principal(), change.active() ? AccountAction.ACTIVATE : AccountAction.DEACTIVATE,
                    account, user.getRoles()).orThrow();
        }
        Instant now = Moments.now();
        StringBuilder what = new StringBuilder();
        if (rename) {
            user.changeFullName(fullName, now);
            what.append("fullName ");
        }
        if (rekey) {
            user.changePassword(PasswordHash.of(change.password()), now);
            what.append("password ");
        }
        if (regrant) {
            user.changeRoles(roles, now);
            what.append("roles=").append(roles).append(' ');
        }
        if (reactivate) {
            user.setActive(change.active(), now);
            what.append("active=").append(change.active());
        }
        if (what.isEmpty()) {
            return user;
        }
        em.flush();
        authentication.forget(username);
        audit.record(caller.username(), AuditedType.USER, username, user.getOrganization().getCode(), "UPDATE",
                what.toString().strip());
        return user;
    }

    /** A user the caller may see: 404 outside the subtree, 403 for anyone but officers and the user. */
    public User find(String username) {
        User user = findInScope(username);
        Privileges.account(caller.principal(), AccountAction.READ,
                new Privileges.Account(user.getUsername(), user.getRoles(), user.getOrganization().getPath()),
                user.getRoles()).orThrow();
        return user;
    }

    public Page<User> list(String organizationCode, ListParameters params) {
        Privileges.listAccounts(caller.principal()).orThrow();
        String organizationFilter = params.filter("organization", organizationCode);
        Organization organization = params.violations().reference("organization", organizationFilter,
                organizations::visible, false);
        params.check();
        String subtree = (organization == null ? caller.subtreePath() : organization.getPath()) + "%";
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(u) FROM User u WHERE u.organization.path LIKE :subtree", Long.class);
        TypedQuery<User> select = em.createQuery(
                "SELECT u FROM User u JOIN FETCH u.organization o WHERE o.path LIKE :subtree ORDER BY u.username", User.class);
        return params.page(select.setParameter("subtree", subtree).setFirstResult(params.offset())
                .setMaxResults(params.size()).getResultList(), count.setParameter("subtree", subtree).getSingleResult());
    }

    /** A user of the caller's subtree; 404 otherwise. */
    private User findInScope(String username) {
        return findByUsername(username).filter(u -> caller.covers(u.getOrganization().getPath()))
                .orElseThrow(BusinessException::notFound);
    }

    private Optional<User> findByUsername(String username) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :username", User.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    private static void checkPassword(String password, Violations v) {
        if (password == null || password.isEmpty()) {
            v.add("password", "field.required");
        } else if (password.length() < 8 || password.length() > 200) {
            v.add("password", "field.length", 8, 200);
        }
    }

    private static Set<Role> parseRoles(List<String> names, boolean required, Violations v) {
        if (names == null || names.isEmpty()) {
            if (required && !v.has("roles")) {
                v.add("roles", "field.required");
            }
            return EnumSet.noneOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < names.size(); i++) {
            try {
                roles.add(Role.valueOf(names.get(i).strip()));
            } catch (IllegalArgumentException e) {
                v.add("roles[" + i + "]", "field.oneOf", Arrays.toString(Role.values()));
            }
        }
        return roles;
    }
}
