package vn.sangkien.view.clusters;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.cluster.boundary.ClusterRegistry;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.view.Faces;
import vn.sangkien.view.PagedModel;

/** clusters/list.xhtml: the emulation clusters of the user's subtree, and a new cluster or block. */
@Named
@ViewScoped
public class ListClustersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClusterRegistry clusters;
    @Inject
    Caller caller;

    private final PagedModel<Cluster> rows = new PagedModel<>(p -> clusters.list(null, p), Cluster::getCode);
    private String code;
    private String name;
    private String organizerCode;
    private String parentCode;
    private String headUnitCode;
    private List<String> memberCodes = new ArrayList<>();
    private String memberPick;

    /** Adds the picked unit to the members, once. */
    public void addMember() {
        if (memberPick != null && !memberPick.isBlank() && !memberCodes.contains(memberPick.strip())) {
            memberCodes.add(memberPick.strip());
        }
        memberPick = null;
    }

    public void removeMember(String memberCode) {
        memberCodes.remove(memberCode);
        if (memberCode.equals(headUnitCode)) {
            headUnitCode = null;
        }
    }

    /** Those who may create a cluster: the empty list invites them to. */
    public boolean isMayCreate() {
        return caller.holds(Capability.MANAGE_CLUSTERS);
    }

    public String getMemberPick() {
        return memberPick;
    }

    public void setMemberPick(String memberPick) {
        this.memberPick = memberPick;
    }

    public void create() throws IOException {
        try {
            Cluster created = clusters.create(new ClusterRegistry.Draft(code, name,
                    organizerCode == null || organizerCode.isBlank() ? caller.principal().organizationCode() : organizerCode,
                    parentCode, headUnitCode, memberCodes), new Violations());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Faces.info("cluster.saved", created.getCode());
            external.redirect(external.getRequestContextPath() + "/clusters/detail.xhtml?code=" + created.getCode());
        } catch (BusinessException e) {
            Faces.show(e, "createForm");
        }
    }

    public PagedModel<Cluster> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganizerCode() {
        return organizerCode;
    }

    public void setOrganizerCode(String organizerCode) {
        this.organizerCode = organizerCode;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getHeadUnitCode() {
        return headUnitCode;
    }

    public void setHeadUnitCode(String headUnitCode) {
        this.headUnitCode = headUnitCode;
    }

    public List<String> getMemberCodes() {
        return memberCodes;
    }

    public void setMemberCodes(List<String> memberCodes) {
        this.memberCodes = memberCodes;
    }
}
