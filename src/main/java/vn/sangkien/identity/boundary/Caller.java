package vn.sangkien.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.platform.refusal.BusinessException;

/**
 * Who is calling, and the subtree they may see: every organization whose materialised path starts
 * with the path of the caller's organization.
 */
@RequestScoped
public class Caller {

    /** The request attribute under which the authentication mechanism leaves the principal. */
    public static final String PRINCIPAL_ATTRIBUTE = UserPrincipal.class.getName();

    @Inject
    HttpServletRequest request;

    /** Set while work is done on a user's behalf, without a request of theirs. */
    private UserPrincipal actingAs;

    public UserPrincipal principal() {
        if (actingAs != null) {
            return actingAs;
        }
        Object principal = request.getAttribute(PRINCIPAL_ATTRIBUTE);
        if (principal == null && request.getSession(false) != null) {
            principal = request.getSession(false).getAttribute(PRINCIPAL_ATTRIBUTE);
        }
        if (principal instanceof UserPrincipal user) {
            return user;
        }
        throw new BusinessException(BusinessException.Kind.UNAUTHENTICATED, "problem.unauthenticated");
    }

    /**
     * Does the work as this user: their privileges decide and their name is recorded, as if they had
     * sent it (the demo data is registered and moved through the workflow by its own users).
     */
    public <T> T actingAs(UserPrincipal user, Supplier<T> work) {
        UserPrincipal before = actingAs;
        actingAs = user;
        try {
            return work.get();
        } finally {
            actingAs = before;
        }
    }

    public String username() {
        return principal().username();
    }

    public boolean has(Role role) {
        return principal().roles().contains(role);
    }

    /** Does the caller hold this capability ({@link Privileges} says which roles do)? */
    public boolean holds(Privileges.Capability capability) {
        return Privileges.holds(principal(), capability);
    }

    /** Refuses the request (403) unless the caller holds this capability. */
    public void require(Privileges.Capability capability) {
        if (!holds(capability)) {
            throw BusinessException.forbidden();
        }
    }

    /** The caller's subtree: the prefix of every materialised path within it. */
    public String subtreePath() {
        return principal().organizationPath();
    }

    /** Is the organization (or campaign organizer) with this path inside the caller's subtree? */
    public boolean covers(String organizationPath) {
        return organizationPath != null && organizationPath.startsWith(subtreePath());
    }

    /** The ids of the caller's organization and its ancestors, from the top. */
    public List<Long> lineage() {
        return Arrays.stream(subtreePath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
