package vn.sangkien.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.platform.security.Caller;

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

    /** Officers of the unit side, who register and verify. */
    public boolean isRegistrar() {
        return isSignedIn() && caller.hasAny(Role.ADMIN, Role.FEDERATION_OFFICER, Role.UNIT_OFFICER, Role.MEMBER);
    }

    public boolean isManager() {
        return isSignedIn() && caller.hasAny(Role.ADMIN, Role.FEDERATION_OFFICER);
    }

    public boolean isOfficer() {
        return isSignedIn() && caller.hasAny(Role.ADMIN, Role.FEDERATION_OFFICER, Role.UNIT_OFFICER, Role.REVIEWER);
    }
}
