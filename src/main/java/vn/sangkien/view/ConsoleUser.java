package vn.sangkien.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.identity.boundary.Caller;

/** The signed-in user for the template and the menus: name, organization, roles. */
@Named("user")
@RequestScoped
public class ConsoleUser {

    @Inject
    Caller caller;

    public boolean isSignedIn() {
        try {
            caller.principal();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public UserPrincipal getPrincipal() {
        return caller.principal();
    }

    public boolean has(String role) {
        return isSignedIn() && caller.has(Role.valueOf(role));
    }

    /** Those who register initiatives (officers, integrations and members). */
    public boolean isRegistrar() {
        return isSignedIn() && caller.holds(Capability.REGISTER_INITIATIVES);
    }

    /** Those who manage organizations, campaigns and clusters of their subtree. */
    public boolean isManager() {
        return isSignedIn() && caller.holds(Capability.MANAGE_ORGANIZATIONS);
    }

    /** Those who read the audit trail (of their subtree). */
    public boolean isAuditor() {
        return isSignedIn() && caller.holds(Capability.READ_AUDIT);
    }

    /** Officers and reviewers, who see the organization tree and the clusters. */
    public boolean isOfficer() {
        return isSignedIn() && (caller.holds(Capability.LIST_USERS) || caller.holds(Capability.SCORE_CLUSTERS));
    }
}
