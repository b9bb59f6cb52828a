package vn.sangkien.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.platform.paging.ListParameters;

/**
 * The campaigns a user picks from, shown as "name (code)": the registry's own list (its scope, its
 * paging in the database), at most one page of the largest size, the latest opened first.
 */
@Named
@RequestScoped
public class CampaignChoices {

    @Inject
    CampaignRegistry campaigns;

    private List<SelectItem> all;
    private List<SelectItem> signable;

    /** Every campaign the user sees: for filters and a sub-campaign's parent. */
    public List<SelectItem> getAll() {
        if (all == null) {
            all = items(campaigns.list(null, null, null, largestPage()).items());
        }
        return all;
    }

    /** The campaigns a pact may still be signed on: open or planned (a closed one's standings are frozen). */
    public List<SelectItem> getSignable() {
        if (signable == null) {
            List<Campaign> open = new ArrayList<>(campaigns.list(null, null, "OPEN", largestPage()).items());
            open.addAll(campaigns.list(null, null, "PLANNED", largestPage()).items());
            signable = items(open);
        }
        return signable;
    }

    private static ListParameters largestPage() {
        return new ListParameters("0", String.valueOf(ListParameters.MAX_SIZE));
    }

    public static String label(String name, String code) {
        return name + " (" + code + ")";
    }

    private static List<SelectItem> items(List<Campaign> list) {
        return list.stream().map(c -> new SelectItem(c.getCode(), label(c.getName(), c.getCode()))).toList();
    }
}
