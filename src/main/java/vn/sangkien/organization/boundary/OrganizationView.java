package vn.sangkien.organization.boundary;

import vn.sangkien.organization.entity.Level;
import vn.sangkien.organization.entity.Organization;

/** An organization on the wire. */
public record OrganizationView(String code, String name, Level level, String parentCode, String place, boolean active,
                               long version) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.getCode(), o.getName(), o.getLevel(),
                o.getParent() == null ? null : o.getParent().getCode(), o.getPlace(), o.isActive(), o.getVersion());
    }
}
