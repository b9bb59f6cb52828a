package vn.sangkien.reporting.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.sangkien.campaign.entity.CampaignStatus;

/** A campaign's figures over its organizer's subtree, and the summaries of its pacted clusters. */
public record CampaignSummary(String campaignCode, CampaignStatus status, Integer targetInitiatives, long registered,
                              long recognized, BigDecimal percentOfTarget, long grassrootsUnits, long coveredUnits,
                              BigDecimal coveragePercent, Instant computedAt, List<ClusterSummary> clusters) {
}
