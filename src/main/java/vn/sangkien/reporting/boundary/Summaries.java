package vn.sangkien.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.cluster.boundary.ClusterRegistry;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.cluster.entity.MemberTarget;
import vn.sangkien.cluster.entity.Pact;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.control.Standings;
import vn.sangkien.reporting.entity.CampaignSummary;
import vn.sangkien.reporting.entity.ClusterSummary;
import vn.sangkien.reporting.entity.MemberSummary;
import vn.sangkien.reporting.entity.SummarySnapshot;
import vn.sangkien.reporting.entity.UnitFigures;

/**
 * Campaign and cluster summaries: live while the campaign runs, frozen in its FINAL snapshot once
 * it is closed, and stored as snapshots for the history of progress. Counting is two aggregate
 * queries per campaign ({@link SummaryQueries}), whatever the number of units and clusters.
 */
@Stateless
public class Summaries {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SummaryQueries queries;

    @Inject
    CampaignRegistry campaigns;

    @Inject
    ClusterRegistry clusters;

    /** The campaign's summary for the caller: frozen once closed, live otherwise. */
    public CampaignSummary ofCampaign(String campaignCode) {
        Campaign campaign = campaigns.find(campaignCode);
        return frozen(campaign).orElseGet(() -> compute(campaign, Moments.now()));
    }

    /** A cluster's summary in a campaign: frozen once the campaign is closed, live otherwise. */
    public ClusterSummary ofCluster(String clusterCode, String campaignCode) {
        Cluster cluster = clusters.find(clusterCode);
        Campaign campaign = campaigns.named("campaign", campaignCode);
        Optional<ClusterSummary> frozen = frozen(campaign)
                .flatMap(summary -> find(summary.clusters(), cluster.getCode()));
        return frozen.orElseGet(() -> summarize(campaign, List.of(cluster)).get(0));
    }

    /** The stored snapshots of a campaign, newest first. */
    public Page<SummarySnapshot> snapshots(String campaignCode, ListParameters params) {
        params.check();
        Campaign campaign = campaigns.find(campaignCode);
        Long total = em.createQuery("SELECT COUNT(s) FROM SummarySnapshot s WHERE s.campaignId = :id", Long.class)
                .setParameter("id", campaign.getId()).getSingleResult();
        List<SummarySnapshot> items = em.createQuery("SELECT s FROM SummarySnapshot s WHERE s.campaignId = :id"
                        + " ORDER BY s.generatedAt DESC, s.id DESC", SummarySnapshot.class)
                .setParameter("id", campaign.getId()).setFirstResult(params.offset()).setMaxResults(params.size())
                .getResultList();
        return params.page(items, total);
    }

    /** Stores a snapshot of the campaign as it stands now, in the caller's transaction. */
    public void store(Campaign campaign, String kind, String periodKey, Instant now) {
        CampaignSummary summary = compute(campaign, now);
        em.persist(new SummarySnapshot(campaign.getId(), kind, periodKey, now, JSONB.toJson(summary)));
        em.flush();
        audit.record(null, AuditedType.CAMPAIGN, campaign.getCode(), campaign.getOrganizer().getCode(), "SNAPSHOT",
                kind + " " + periodKey);
    }

    public static CampaignSummary parse(SummarySnapshot snapshot) {
        return JSONB.fromJson(snapshot.getBody(), CampaignSummary.class);
    }

    /** The campaign's figures now, whoever asks (the schedules have no caller). */
    public CampaignSummary compute(Campaign campaign, Instant now) {
        Organization organizer = campaign.getOrganizer();
        UnitFigures total = queries.overSubtree(campaign.getPath(), organizer.getPath(), organizer.getCode());
        List<Cluster> pacted = em.createQuery("SELECT p.cluster FROM Pact p WHERE p.campaign = :campaign"
                        + " AND p.cluster.parent IS NULL ORDER BY p.cluster.code", Cluster.class)
                .setParameter("campaign", campaign).getResultList();
        Integer target = campaign.getTargetInitiatives();
        return new CampaignSummary(campaign.getCode(), campaign.statusAt(now), target, total.registered(),
                total.recognized(), Standings.percent(total.registered(), target == null ? null : target.longValue()),
                total.grassrootsUnits(), total.coveredUnits(),
                Standings.percent(total.coveredUnits(), total.grassrootsUnits()), now, summarize(campaign, pacted));
    }

    private Optional<CampaignSummary> frozen(Campaign campaign) {
        if (campaign.statusAt(Moments.now()) != CampaignStatus.CLOSED) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM SummarySnapshot s WHERE s.campaignId = :id AND s.kind = :kind",
                        SummarySnapshot.class).setParameter("id", campaign.getId())
                .setParameter("kind", SummarySnapshot.FINAL).getResultStream().findFirst().map(Summaries::parse);
    }

    static Optional<ClusterSummary> find(List<ClusterSummary> summaries, String code) {
        for (ClusterSummary summary : summaries) {
            if (summary.clusterCode().equals(code)) {
                return Optional.of(summary);
            }
            Optional<ClusterSummary> inBlocks = find(summary.blocks(), code);
            if (inBlocks.isPresent()) {
                return inBlocks;
            }
        }
        return Optional.empty();
    }

    /**
     * The summaries of clusters and their blocks: one member query for all of them, and the tree,
     * members and pacts read a level at a time, never a query per cluster.
     */
    private List<ClusterSummary> summarize(Campaign campaign, List<Cluster> roots) {
        Map<Long, List<Cluster>> blocks = new HashMap<>();
        Map<Long, Organization> members = new LinkedHashMap<>();
        Set<Long> clusterIds = new HashSet<>();
        for (Cluster root : roots) {
            for (Cluster above = root.getParent(); above != null; above = above.getParent()) {
                clusterIds.add(above.getId());
            }
        }
        List<Cluster> level = roots;
        while (!level.isEmpty()) {
            for (Cluster cluster : level) {
                clusterIds.add(cluster.getId());
                cluster.getMembers().forEach(m -> members.putIfAbsent(m.getId(), m));
            }
            level = clusters.blocksOf(level);
            for (Cluster block : level) {
                blocks.computeIfAbsent(block.getParent().getId(), id -> new ArrayList<>()).add(block);
            }
        }
        Map<Long, Pact> pacts = clusters.pactsOn(campaign, clusterIds);
        Map<Long, UnitFigures> figures = queries.perMember(campaign.getPath(), members.values()).stream()
                .collect(Collectors.toMap(UnitFigures::unitId, Function.identity()));
        List<ClusterSummary> result = new ArrayList<>();
        for (Cluster root : roots) {
            result.add(summarize(campaign, root, enclosingPact(root.getParent(), pacts), blocks, pacts, figures));
        }
        return result;
    }

    /** The pact a block falls under when it has none of its own: its cluster's, up the tree. */
    private static Pact enclosingPact(Cluster cluster, Map<Long, Pact> pacts) {
        for (Cluster c = cluster; c != null; c = c.getParent()) {
            Pact pact = pacts.get(c.getId());
            if (pact != null) {
                return pact;
            }
        }
        return null;
    }

    private ClusterSummary summarize(Campaign campaign, Cluster cluster, Pact inheritedPact,
                                     Map<Long, List<Cluster>> blocks, Map<Long, Pact> pacts,
                                     Map<Long, UnitFigures> figures) {
        Pact pact = pacts.getOrDefault(cluster.getId(), inheritedPact);
        Map<Long, Integer> targets = new HashMap<>();
        if (pact != null) {
            for (MemberTarget t : pact.getMemberTargets()) {
                targets.put(t.getOrganizationId(), t.getTargetInitiatives());
            }
        }
        List<UnitFigures> members = new ArrayList<>();
        for (Organization member : cluster.getMembers()) {
            members.add(figures.getOrDefault(member.getId(),
                    new UnitFigures(member.getId(), member.getCode(), 0, 0, 0, 0)));
        }
        List<MemberSummary> ranked = Standings.rank(members, targets);
        UnitFigures total = UnitFigures.sum(cluster.getCode(), members);
        Integer target = targetOf(cluster, pacts.get(cluster.getId()), targets);
        List<ClusterSummary> blockSummaries = new ArrayList<>();
        for (Cluster block : blocks.getOrDefault(cluster.getId(), List.of())) {
            blockSummaries.add(summarize(campaign, block, pact, blocks, pacts, figures));
        }
        return new ClusterSummary(cluster.getCode(), cluster.getName(), campaign.getCode(), target, total.registered(),
                total.recognized(), Standings.percent(total.registered(), target == null ? null : target.longValue()),
                total.grassrootsUnits(), total.coveredUnits(),
                Standings.percent(total.coveredUnits(), total.grassrootsUnits()),
                Standings.leader(ranked).orElse(null), ranked, blockSummaries);
    }

    /**
     * The cluster's own pact target; a block without a pact of its own has the sum of its members'
     * targets under the cluster's pact when every member has one, else none.
     */
    private static Integer targetOf(Cluster cluster, Pact ownPact, Map<Long, Integer> targets) {
        if (ownPact != null) {
            return ownPact.getTargetInitiatives();
        }
        if (cluster.getMembers().isEmpty() || !cluster.getMembers().stream().allMatch(m -> targets.containsKey(m.getId()))) {
            return null;
        }
        return cluster.getMembers().stream().mapToInt(m -> targets.get(m.getId())).sum();
    }
}
