package vn.sangkien.initiative.boundary;

import java.time.Instant;
import java.util.List;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.initiative.entity.InitiativeStatus;

/** An initiative in the changes feed, as it is now. */
public record ChangeView(long id, InitiativeStatus status, long version, Instant changedAt, String campaignCode,
                         String unitCode, String title) {

    /** A page of the feed and the cursor to go on from. */
    public record Page(List<ChangeView> items, String next) {
    }

    public static ChangeView of(Initiative i) {
        return new ChangeView(i.getId(), i.getStatus(), i.getVersion(), i.getUpdatedAt(), i.getCampaign().getCode(),
                i.getUnit().getCode(), i.getTitle());
    }
}
