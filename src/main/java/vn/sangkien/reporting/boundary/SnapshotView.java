package vn.sangkien.reporting.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.reporting.entity.CampaignSummary;
import vn.sangkien.reporting.entity.ClusterSummary;
import vn.sangkien.reporting.entity.SummarySnapshot;

/** A stored snapshot on the wire: its kind and time, the campaign's figures then, and its clusters. */
public record SnapshotView(String kind, Instant generatedAt, String campaignCode, CampaignStatus status,
                           Integer targetInitiatives, long registered, long recognized, BigDecimal percentOfTarget,
                           long grassrootsUnits, long coveredUnits, BigDecimal coveragePercent,
                           List<ClusterSummary> clusters) {

    public static SnapshotView of(SummarySnapshot snapshot) {
        CampaignSummary s = Summaries.parse(snapshot);
        return new SnapshotView(snapshot.getKind(), snapshot.getGeneratedAt(), s.campaignCode(), s.status(),
                s.targetInitiatives(), s.registered(), s.recognized(), s.percentOfTarget(), s.grassrootsUnits(),
                s.coveredUnits(), s.coveragePercent(), s.clusters());
    }
}
