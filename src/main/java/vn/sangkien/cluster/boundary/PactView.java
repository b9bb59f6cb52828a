package vn.sangkien.cluster.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sangkien.cluster.entity.Pact;
import vn.sangkien.organization.entity.Organization;

/** A pact on the wire. */
public record PactView(String clusterCode, String campaignCode, LocalDate signedOn, int targetInitiatives,
                       BigDecimal targetCoveragePercent, List<ClusterRegistry.MemberTargetDraft> memberTargets,
                       List<ClusterRegistry.CriterionDraft> criteria, long version) {

    public static PactView of(Pact p) {
        Map<Long, String> codes = p.getCluster().getMembers().stream()
                .collect(Collectors.toMap(Organization::getId, Organization::getCode));
        return new PactView(p.getCluster().getCode(), p.getCampaign().getCode(), p.getSignedOn(),
                p.getTargetInitiatives(), p.getTargetCoveragePercent(),
                p.getMemberTargets().stream().map(t -> new ClusterRegistry.MemberTargetDraft(
                        codes.get(t.getOrganizationId()), t.getTargetInitiatives())).toList(),
                p.getCriteria().stream().map(c -> new ClusterRegistry.CriterionDraft(c.getCriterion().name(),
                        c.getWeight())).toList(), p.getVersion());
    }
}
