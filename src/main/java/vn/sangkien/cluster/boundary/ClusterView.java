package vn.sangkien.cluster.boundary;

import java.util.List;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.organization.entity.Organization;

/** A cluster or block on the wire. */
public record ClusterView(String code, String name, String organizerCode, String parentCode, String headUnitCode,
                          List<String> memberCodes, long version) {

    public static ClusterView of(Cluster c) {
        return new ClusterView(c.getCode(), c.getName(), c.getOrganizer().getCode(),
                c.getParent() == null ? null : c.getParent().getCode(),
                c.getHeadUnit() == null ? null : c.getHeadUnit().getCode(),
                c.getMembers().stream().map(Organization::getCode).sorted().toList(), c.getVersion());
    }
}
