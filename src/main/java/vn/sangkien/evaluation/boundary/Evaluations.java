package vn.sangkien.evaluation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.cluster.boundary.ClusterRegistry;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.cluster.entity.CriterionWeight;
import vn.sangkien.cluster.entity.Pact;
import vn.sangkien.evaluation.control.PactScoring;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.persistence.InstantConverter;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.boundary.Summaries;
import vn.sangkien.reporting.entity.ClusterSummary;

/**
 * The year's evaluation of a cluster under its pact: the standings of the summary, the manual
 * points of the cluster's evaluators, and the pact's weighted criteria.
 */
@Stateless
public class Evaluations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ClusterRegistry clusters;

    @Inject
    CampaignRegistry campaigns;

    @Inject
    Summaries summaries;

    @Inject
    AuditLog audit;

    /** The evaluation on the wire. */
    public record Evaluation(String clusterCode, String campaignCode, List<CriterionWeight> criteria,
                             List<PactScoring.MemberScore> members) {
    }

    public Evaluation evaluate(String clusterCode, String campaignCode) {
        Pact pact = pactOf(clusterCode, campaignCode);
        ClusterSummary summary = summaries.ofCluster(clusterCode, campaignCode);
        Map<String, BigDecimal> manual = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.code, AVG(s.points) FROM manual_score s"
                + " JOIN organization o ON o.id = s.organization_id WHERE s.pact_id = ?1 GROUP BY o.code")
                .setParameter(1, pact.getId()).getResultList();
        for (Object[] row : rows) {
            manual.put((String) row[0], new BigDecimal(row[1].toString()));
        }
        List<CriterionWeight> criteria = pact.getCriteria().isEmpty() ? PactScoring.DEFAULT_CRITERIA : pact.getCriteria();
        return new Evaluation(summary.clusterCode(), summary.campaignCode(), criteria,
                PactScoring.score(summary.members(), criteria, manual));
    }

    /** An evaluator's points (0–100) for a member; a later entry by the same evaluator replaces it. */
    public void givePoints(String clusterCode, String campaignCode, String unitCode, BigDecimal points, String note,
                           Violations v) {
        caller.require(Capability.SCORE_CLUSTERS);
        Pact pact = pactOf(clusterCode, campaignCode);
        Cluster cluster = pact.getCluster();
        Organization member = cluster.getMembers().stream()
                .filter(m -> m.getCode().equals(unitCode == null ? "" : unitCode.strip())).findFirst().orElse(null);
        if (member == null) {
            v.add("unitCode", "cluster.target.notMember");
        }
        if (points == null) {
            v.add("points", "field.required");
        } else if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0 || points.scale() > 2) {
            v.add("points", "field.percent");
        }
        String cleanNote = v.text("note", note, 0, 1000, false);
        v.throwIfAny();
        em.createNativeQuery("DELETE FROM manual_score WHERE pact_id = ?1 AND organization_id = ?2 AND evaluator = ?3")
                .setParameter(1, pact.getId()).setParameter(2, member.getId()).setParameter(3, caller.username())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO manual_score (pact_id, organization_id, evaluator, points, note, entered_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, pact.getId()).setParameter(2, member.getId()).setParameter(3, caller.username())
                .setParameter(4, points).setParameter(5, cleanNote)
                .setParameter(6, InstantConverter.utc(Moments.now()))
                .executeUpdate();
        audit.record(caller.username(), AuditedType.PACT, cluster.getCode() + "/" + pact.getCampaign().getCode(),
                cluster.getOrganizer().getCode(), "SCORE", member.getCode() + " " + points.toPlainString());
    }

    private Pact pactOf(String clusterCode, String campaignCode) {
        Cluster cluster = clusters.find(clusterCode);
        Campaign campaign = campaigns.named("campaign", campaignCode);
        Pact pact = clusters.findPact(cluster, campaign).orElse(null);
        if (pact == null && cluster.getParent() != null) {
            pact = clusters.findPact(cluster.getParent(), campaign).orElse(null);
        }
        if (pact == null) {
            throw BusinessException.invalid("campaign", "evaluation.noPact", cluster.getCode());
        }
        return pact;
    }
}
