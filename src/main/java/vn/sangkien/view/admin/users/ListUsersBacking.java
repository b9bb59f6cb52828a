package vn.sangkien.view.admin.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.identity.boundary.UserDirectory;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.User;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.view.Faces;
import vn.sangkien.view.PagedModel;

/** admin/users/list.xhtml (administrators): the users of the subtree, a new user, roles, status, password. */
@Named
@ViewScoped
public class ListUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserDirectory users;

    @Inject
    Caller caller;

    private String organization;
    private final PagedModel<User> rows = new PagedModel<>(p -> users.list(organization, p), User::getUsername);

    private String username;
    private String fullName;
    private String password;
    private String currentPassword;
    private List<String> roles = new ArrayList<>();
    private String organizationCode;
    private boolean active = true;
    private String editing;
    private long version;

    public void startCreate() {
        editing = null;
        username = null;
        fullName = null;
        password = null;
        roles = new ArrayList<>();
        organizationCode = null;
        active = true;
    }

    public void startEdit(User user) {
        editing = user.getUsername();
        username = user.getUsername();
        fullName = user.getFullName();
        password = null;
        currentPassword = null;
        roles = new ArrayList<>(user.getRoles().stream().map(Enum::name).toList());
        organizationCode = user.getOrganization().getCode();
        active = user.isActive();
        version = user.getVersion();
    }

    public void save() {
        try {
            if (editing == null) {
                users.create(new UserDirectory.Draft(username, fullName, password, roles, organizationCode), new Violations());
            } else {
                users.change(editing, new UserDirectory.Change(fullName, password == null || password.isEmpty() ? null : password,
                        currentPassword, roles, active), "\"" + version + "\"", new Violations());
            }
            Faces.info("user.saved", username);
            org.primefaces.PrimeFaces.current().executeScript("PF('userDialog').hide();");
            org.primefaces.PrimeFaces.current().ajax().update("tableForm");
        } catch (BusinessException e) {
            Faces.show(e, "userForm");
        }
    }

    public Role[] getRoleChoices() {
        return Role.values();
    }

    public PagedModel<User> getRows() {
        return rows;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    /** Editing one's own account: the current password is asked for a new one, roles and status are fixed. */
    public boolean isEditingSelf() {
        return editing != null && editing.equals(caller.username());
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public void setOrganizationCode(String organizationCode) {
        this.organizationCode = organizationCode;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
