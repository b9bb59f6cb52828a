package vn.sangkien.identity.boundary;

import java.util.List;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.User;

/** A user on the wire; the password never leaves the server, in any form. */
public record UserView(String username, String fullName, List<Role> roles, String organizationCode, boolean active,
                       long version) {

    public static UserView of(User u) {
        return new UserView(u.getUsername(), u.getFullName(), u.getRoles().stream().sorted().toList(),
                u.getOrganization().getCode(), u.isActive(), u.getVersion());
    }
}
