package vn.sangkien.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.organization.boundary.OrganizationGate;
import vn.sangkien.organization.entity.OrganizationAction;

/** The organization registry's questions, answered by {@link Privileges} for the signed-in caller. */
@ApplicationScoped
public class CallerOrganizationGate implements OrganizationGate {

    @Inject
    Caller caller;

    @Override
    public String actor() {
        return caller.username();
    }

    @Override
    public String subtreePath() {
        return caller.subtreePath();
    }

    @Override
    public boolean covers(String organizationPath) {
        return caller.covers(organizationPath);
    }

    @Override
    public void requireManagement() {
        caller.require(Capability.MANAGE_ORGANIZATIONS);
    }

    @Override
    public void require(OrganizationAction action, String organizationPath) {
        Privileges.organization(caller.principal(), action, organizationPath).orThrow();
    }
}
