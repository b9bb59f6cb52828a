package vn.sangkien.view.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.view.PagedModel;

/** campaigns/list.xhtml: the campaigns the user sees, lazily paged, filtered by status and parent. */
@Named
@ViewScoped
public class ListCampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignRegistry campaigns;
    @Inject
    Caller caller;

    private String status;
    private String parent;
    private final PagedModel<Campaign> rows = new PagedModel<>(
            p -> campaigns.list(null, parent, status, p), Campaign::getCode);

    public String statusOf(Campaign campaign) {
        return campaign.statusAt(Moments.now()).name();
    }

    public String format(Instant instant) {
        return EditCampaignBacking.format(instant);
    }

    /** Those who may create a campaign: the empty list invites them to. */
    public boolean isMayCreate() {
        return caller.holds(Capability.MANAGE_CAMPAIGNS);
    }

    public PagedModel<Campaign> getRows() {
        return rows;
    }

    public CampaignStatus[] getStatusChoices() {
        return CampaignStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }
}
