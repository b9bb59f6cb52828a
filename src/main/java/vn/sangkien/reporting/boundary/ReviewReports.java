package vn.sangkien.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.cluster.boundary.ClusterRegistry;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.control.Standings;
import vn.sangkien.reporting.entity.CampaignSummary;
import vn.sangkien.reporting.entity.ClusterSummary;
import vn.sangkien.reporting.entity.MemberSummary;
import vn.sangkien.reporting.entity.RecognizedInitiative;
import vn.sangkien.reporting.entity.ReviewReport;
import vn.sangkien.reporting.entity.SummarySnapshot;

/**
 * The review reports of campaigns and clusters ({@code GET /campaigns/{code}/report},
 * {@code GET /clusters/{code}/report}): the summary the caller would read, with its member units,
 * fields of application and recognised initiatives counted by the same rules
 * ({@link SummaryQueries}), each in one statement.
 */
@Stateless
public class ReviewReports {

    /** A printed list stops here; its count and value cover all of them. */
    public static final int MAX_LISTED = 2_000;
    /** The snapshots drawn as progress, the newest. */
    private static final int MAX_PROGRESS = ListParameters.MAX_SIZE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Summaries summaries;

    @Inject
    SummaryQueries queries;

    @Inject
    CampaignRegistry campaigns;

    @Inject
    ClusterRegistry clusters;

    /**
     * A campaign's review over its organizer's subtree; its member units are the organizer's direct
     * subordinates, ranked as a cluster's members are.
     */
    public ReviewReport ofCampaign(String campaignCode) {
        Campaign campaign = campaigns.find(campaignCode);
        return ofCampaign(campaign, summaries.ofCampaign(campaign.getCode()));
    }

    /**
     * A campaign's review with this summary of it, whoever asks: the reporting schedule has no
     * caller. Public, as every method another bean calls: the container's proxy runs only those.
     */
    public ReviewReport ofCampaign(Campaign campaign, CampaignSummary summary) {
        Organization issuer = campaign.getOrganizer();
        List<Organization> parts = em.createQuery("SELECT o FROM Organization o WHERE o.parent = :issuer"
                + " ORDER BY o.code", Organization.class).setParameter("issuer", issuer).getResultList();
        List<MemberSummary> ranked = Standings.rank(queries.perMember(campaign.getPath(), parts), Map.of());
        List<ReviewReport.Member> members = members(ranked, Standings.leader(ranked).orElse(null), parts);
        List<ReviewReport.Progress> progress = progress(campaign, s -> new ReviewReport.Progress(s.computedAt(), s.registered(),
                s.recognized()));
        Figures figures = new Figures(summary.targetInitiatives(), summary.registered(), summary.recognized(),
                summary.percentOfTarget(), summary.grassrootsUnits(), summary.coveredUnits(), summary.coveragePercent());
        return report(summary.status() == CampaignStatus.CLOSED, issuer, "Đợt thi đua " + campaign.getName(),
                campaign, null, figures, members, List.of(issuer.getPath()), progress);
    }

    /** A cluster's review in a campaign, over its member units. */
    public ReviewReport ofCluster(String clusterCode, String campaignCode) {
        Cluster cluster = clusters.find(clusterCode);
        ClusterSummary summary = summaries.ofCluster(cluster.getCode(), campaignCode);
        Campaign campaign = campaigns.named("campaign", campaignCode);
        List<ReviewReport.Member> members = members(summary.members(), summary.leaderUnitCode(), cluster.getMembers());
        List<ReviewReport.Progress> progress = progress(campaign, s -> Summaries.find(s.clusters(), cluster.getCode())
                .map(c -> new ReviewReport.Progress(s.computedAt(), c.registered(), c.recognized())).orElse(null));
        Figures figures = new Figures(summary.targetInitiatives(), summary.registered(), summary.recognized(),
                summary.percentOfTarget(), summary.grassrootsUnits(), summary.coveredUnits(), summary.coveragePercent());
        return report(campaign.statusAt(Moments.now()) == CampaignStatus.CLOSED, cluster.getOrganizer(),
                "Cụm thi đua " + cluster.getName() + " — đợt thi đua " + campaign.getName(), campaign, cluster.getCode(),
                figures, members, cluster.getMembers().stream().map(Organization::getPath).toList(), progress);
    }

    /** A snapshot's point, or null when the snapshot does not hold the thing reported. */
    private interface Point extends Function<CampaignSummary, ReviewReport.Progress> {
    }

    /** The summary's figures, of a campaign or of a cluster. */
    private record Figures(Integer target, long registered, long recognized, BigDecimal percentOfTarget,
                           long grassrootsUnits, long coveredUnits, BigDecimal coveragePercent) {
    }

    private ReviewReport report(boolean isFinal, Organization issuer, String subject, Campaign campaign,
                                String clusterCode, Figures figures, List<ReviewReport.Member> members,
                                List<String> unitPaths, List<ReviewReport.Progress> progress) {
        Instant now = Moments.now();
        long[] recognizedTotals = queries.recognizedTotals(campaign.getPath(), unitPaths);
        List<RecognizedInitiative> listed = queries.recognized(campaign.getPath(), unitPaths, MAX_LISTED);
        return new ReviewReport(isFinal, issuer.getParent() == null ? null : issuer.getParent().getName(),
                issuer.getName(), issuer.getPlace(), subject, campaign.getCode(), campaign.getName(), clusterCode, now,
                LocalDate.ofInstant(now, Moments.VIETNAM), figures.target(), figures.registered(), figures.recognized(),
                figures.percentOfTarget(),
                figures.grassrootsUnits(), figures.coveredUnits(), figures.coveragePercent(), members,
                queries.perField(campaign.getPath(), unitPaths), listed, recognizedTotals[0], recognizedTotals[1],
                progress);
    }

    private static List<ReviewReport.Member> members(List<MemberSummary> ranked, String leaderCode,
                                                     List<Organization> organizations) {
        Map<String, String> names = organizations.stream()
                .collect(Collectors.toMap(Organization::getCode, Organization::getName, (a, b) -> a));
        List<ReviewReport.Member> members = new ArrayList<>();
        for (MemberSummary m : ranked) {
            members.add(new ReviewReport.Member(m.unitCode(), names.getOrDefault(m.unitCode(), m.unitCode()),
                    m.targetInitiatives(), m.registered(), m.recognized(), m.grassrootsUnits(), m.coveredUnits(),
                    m.coveragePercent(), m.rank(), m.unitCode().equals(leaderCode)));
        }
        return members;
    }

    /** The stored snapshots of the campaign as points, oldest first. */
    private List<ReviewReport.Progress> progress(Campaign campaign, Point point) {
        List<SummarySnapshot> snapshots = em.createQuery("SELECT s FROM SummarySnapshot s WHERE s.campaignId = :id"
                        + " ORDER BY s.generatedAt DESC, s.id DESC", SummarySnapshot.class)
                .setParameter("id", campaign.getId()).setMaxResults(MAX_PROGRESS).getResultList();
        List<ReviewReport.Progress> points = new ArrayList<>();
        Set<Instant> seen = new HashSet<>();
        for (SummarySnapshot snapshot : snapshots) {
            ReviewReport.Progress p = point.apply(Summaries.parse(snapshot));
            if (p != null && seen.add(p.at())) {
                points.add(p);
            }
        }
        Collections.reverse(points);
        return points;
    }
}
