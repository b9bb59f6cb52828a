package vn.sangkien.campaign.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.campaign.entity.Rubric;

/** A campaign on the wire, with its status at the moment of the answer. */
public record CampaignView(String code, String name, String organizerCode, String parentCode, Instant opensAt,
                           Instant closesAt, Integer targetInitiatives, BigDecimal targetCoveragePercent,
                           CampaignStatus status, Instant closedAt, Rubric rubric, long version) {

    public static CampaignView of(Campaign c, Instant now) {
        return new CampaignView(c.getCode(), c.getName(), c.getOrganizer().getCode(),
                c.getParent() == null ? null : c.getParent().getCode(), c.getOpensAt(), c.getClosesAt(),
                c.getTargetInitiatives(), c.getTargetCoveragePercent(), c.statusAt(now), c.getClosedAt(),
                c.getRubric(), c.getVersion());
    }
}
