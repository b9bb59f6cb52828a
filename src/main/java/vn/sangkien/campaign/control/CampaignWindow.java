package vn.sangkien.campaign.control;

import java.time.Instant;
import vn.sangkien.campaign.entity.CampaignStatus;

/** The window {@code [opensAt, closesAt)} of a campaign and the status it gives at an instant. */
public record CampaignWindow(Instant opensAt, Instant closesAt) {

    /**
     * PLANNED before the window, OPEN inside it, CLOSED after it — or from the moment it was closed
     * early by hand ({@code closedAt}), whatever the window says.
     */
    public CampaignStatus statusAt(Instant now, Instant closedAt) {
        if (closedAt != null && !now.isBefore(closedAt)) {
            return CampaignStatus.CLOSED;
        }
        if (now.isBefore(opensAt)) {
            return CampaignStatus.PLANNED;
        }
        return now.isBefore(closesAt) ? CampaignStatus.OPEN : CampaignStatus.CLOSED;
    }

    public boolean contains(CampaignWindow inner) {
        return !inner.opensAt.isBefore(opensAt) && !inner.closesAt.isAfter(closesAt);
    }
}
