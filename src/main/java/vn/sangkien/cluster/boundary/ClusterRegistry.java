package vn.sangkien.cluster.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.cluster.entity.Criterion;
import vn.sangkien.cluster.entity.CriterionWeight;
import vn.sangkien.cluster.entity.MemberTarget;
import vn.sangkien.cluster.entity.Pact;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.organization.entity.Level;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.Codes;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.platform.time.Moments;

/**
 * Emulation clusters and blocks and their pacts. A cluster belongs to an organizer of the caller's
 * subtree; its members are district or grassroots units inside the organizer's subtree, none inside
 * another member (so nothing counts twice); a block draws its members from its cluster's.
 */
@Stateless
public class ClusterRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrganizationRegistry organizations;

    @Inject
    CampaignRegistry campaigns;

    @Inject
    AuditLog audit;

    /** What a request to create a cluster or block says. */
    public record Draft(String code, String name, String organizerCode, String parentCode, String headUnitCode,
                        List<String> memberCodes) {
    }

    /** One member's own target in a pact. */
    public record MemberTargetDraft(String unitCode, Integer targetInitiatives) {
    }

    /** One criterion and its weight in a pact. */
    public record CriterionDraft(String criterion, BigDecimal weight) {
    }

    /** What a request to sign a pact says. */
    public record PactDraft(String campaignCode, LocalDate signedOn, Integer targetInitiatives,
                            BigDecimal targetCoveragePercent, List<MemberTargetDraft> memberTargets,
                            List<CriterionDraft> criteria) {
    }

    public Cluster create(Draft draft, Violations v) {
        caller.require(Capability.MANAGE_CLUSTERS);
        String code = Codes.check(v, "code", draft.code());
        String name = v.text("name", draft.name(), 2, 300, true);
        Cluster parent = v.reference("parentCode", draft.parentCode(), this::visible, false);
        Organization organizer = parent == null ? null : parent.getOrganizer();
        if (draft.organizerCode() != null && !draft.organizerCode().isBlank()) {
            organizer = organizations.visible(draft.organizerCode().strip()).orElse(null);
            if (organizer == null) {
                v.add("organizerCode", "reference.unknown");
            } else if (parent != null && !organizer.getId().equals(parent.getOrganizer().getId())) {
                v.add("organizerCode", "cluster.block.organizer", parent.getOrganizer().getCode());
            }
        } else if (parent == null) {
            v.add("organizerCode", "field.required");
        }
        List<Organization> members = members(draft.memberCodes(), organizer, parent, v);
        Organization head = null;
        if (draft.headUnitCode() != null && !draft.headUnitCode().isBlank()) {
            head = members.stream().filter(m -> m.getCode().equals(draft.headUnitCode().strip())).findFirst().orElse(null);
            if (head == null) {
                v.add("headUnitCode", "cluster.head.notMember");
            }
        }
        v.throwIfAny();
        if (findByCode(code).isPresent()) {
            throw BusinessException.conflict("problem.duplicateCode", code);
        }
        Cluster cluster = new Cluster(code, name, organizer, parent, head, members, Moments.now());
        em.persist(cluster);
        em.flush();
        audit.record(caller.username(), AuditedType.CLUSTER, code, organizer.getCode(), "CREATE",
                name + " " + members.size() + " members");
        return cluster;
    }

    public Pact sign(String clusterCode, PactDraft draft, Violations v) {
        caller.require(Capability.MANAGE_CLUSTERS);
        Cluster cluster = find(clusterCode);
        Campaign campaign = v.reference("campaignCode", draft.campaignCode(), campaigns::visible, true);
        if (draft.signedOn() == null && !v.has("signedOn")) {
            v.add("signedOn", "field.required");
        } else {
            v.date("signedOn", draft.signedOn());
        }
        if (draft.targetInitiatives() == null && !v.has("targetInitiatives")) {
            v.add("targetInitiatives", "field.required");
        } else if (draft.targetInitiatives() != null && draft.targetInitiatives() < 0) {
            v.add("targetInitiatives", "field.nonNegative");
        }
        BigDecimal coverage = draft.targetCoveragePercent();
        if (coverage != null && (coverage.signum() < 0 || coverage.compareTo(BigDecimal.valueOf(100)) > 0)) {
            v.add("targetCoveragePercent", "field.percent");
        }
        List<MemberTarget> targets = memberTargets(cluster, draft.memberTargets(), v);
        List<CriterionWeight> criteria = criteria(draft.criteria(), v);
        v.throwIfAny();
        if (findPact(cluster, campaign).isPresent()) {
            throw BusinessException.conflict("cluster.pact.exists", cluster.getCode(), campaign.getCode());
        }
        Pact pact = new Pact(cluster, campaign, draft.signedOn(), draft.targetInitiatives(), coverage, targets,
                criteria, Moments.now());
        em.persist(pact);
        em.flush();
        audit.record(caller.username(), AuditedType.PACT, cluster.getCode() + "/" + campaign.getCode(),
                cluster.getOrganizer().getCode(), "SIGN", "target " + draft.targetInitiatives());
        return pact;
    }

    /** A cluster of the caller's subtree; 404 otherwise. */
    public Cluster find(String code) {
        return visible(code).orElseThrow(BusinessException::notFound);
    }

    public Optional<Cluster> visible(String code) {
        return findByCode(code).filter(c -> caller.covers(c.getOrganizer().getPath()));
    }

    public Optional<Pact> findPact(Cluster cluster, Campaign campaign) {
        return em.createQuery("SELECT p FROM Pact p WHERE p.cluster = :cluster AND p.campaign = :campaign", Pact.class)
                .setParameter("cluster", cluster).setParameter("campaign", campaign).getResultStream().findFirst();
    }

    public List<Pact> pactsOf(Cluster cluster) {
        return em.createQuery("SELECT p FROM Pact p JOIN FETCH p.campaign WHERE p.cluster = :cluster"
                + " ORDER BY p.signedOn DESC", Pact.class).setParameter("cluster", cluster).getResultList();
    }

    /** The blocks directly inside any of the given clusters, by code. */
    public List<Cluster> blocksOf(Collection<Cluster> clusters) {
        if (clusters.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Cluster c WHERE c.parent IN :parents ORDER BY c.code", Cluster.class)
                .setParameter("parents", clusters).getResultList();
    }

    /** The pacts on a campaign of any of the given clusters, by cluster id. */
    public Map<Long, Pact> pactsOn(Campaign campaign, Collection<Long> clusterIds) {
        if (clusterIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Pact p WHERE p.campaign = :campaign AND p.cluster.id IN :ids", Pact.class)
                .setParameter("campaign", campaign).setParameter("ids", clusterIds).getResultStream()
                .collect(Collectors.toMap(p -> p.getCluster().getId(), Function.identity()));
    }

    public Page<Cluster> list(String organizerCode, ListParameters params) {
        String organizerFilter = params.filter("organizer", organizerCode);
        Organization organizer = params.violations().reference("organizer", organizerFilter, organizations::visible, false);
        params.check();
        String subtree = (organizer == null ? caller.subtreePath() : organizer.getPath()) + "%";
        Long total = em.createQuery("SELECT COUNT(c) FROM Cluster c WHERE c.organizer.path LIKE :subtree", Long.class)
                .setParameter("subtree", subtree).getSingleResult();
        List<Cluster> items = em.createQuery("SELECT c FROM Cluster c WHERE c.organizer.path LIKE :subtree"
                        + " ORDER BY c.code", Cluster.class).setParameter("subtree", subtree)
                .setFirstResult(params.offset()).setMaxResults(params.size()).getResultList();
        return params.page(items, total);
    }

    private List<Organization> members(List<String> codes, Organization organizer, Cluster parent, Violations v) {
        List<Organization> members = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            v.add("memberCodes", "field.required");
            return members;
        }
        Set<String> seen = new HashSet<>();
        Set<Long> parentMembers = new HashSet<>();
        if (parent != null) {
            parent.getMembers().forEach(m -> parentMembers.add(m.getId()));
        }
        for (int i = 0; i < codes.size(); i++) {
            String field = "memberCodes[" + i + "]";
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            Organization member = organizations.visible(code).orElse(null);
            if (member == null) {
                v.add(field, "reference.unknown");
            } else if (!seen.add(code)) {
                v.add(field, "cluster.member.duplicate");
            } else if (member.getLevel() != Level.DISTRICT && member.getLevel() != Level.GRASSROOTS) {
                v.add(field, "cluster.member.level");
            } else if (organizer != null && !member.getPath().startsWith(organizer.getPath())) {
                v.add(field, "cluster.member.outsideOrganizer", organizer.getCode());
            } else if (parent != null && !parentMembers.contains(member.getId())) {
                v.add(field, "cluster.block.member", parent.getCode());
            } else {
                members.add(member);
            }
        }
        for (Organization a : members) {
            for (Organization b : members) {
                if (a != b && b.getPath().startsWith(a.getPath())) {
                    v.add("memberCodes[" + codes.indexOf(b.getCode()) + "]", "cluster.member.nested", a.getCode());
                }
            }
        }
        return members;
    }

    private static List<MemberTarget> memberTargets(Cluster cluster, List<MemberTargetDraft> drafts, Violations v) {
        List<MemberTarget> targets = new ArrayList<>();
        if (drafts == null) {
            return targets;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            MemberTargetDraft draft = drafts.get(i);
            String path = "memberTargets[" + i + "].";
            Organization member = cluster.getMembers().stream()
                    .filter(m -> m.getCode().equals(draft.unitCode() == null ? "" : draft.unitCode().strip()))
                    .findFirst().orElse(null);
            if (member == null || !seen.add(member.getCode())) {
                v.add(path + "unitCode", "cluster.target.notMember");
            }
            if (draft.targetInitiatives() == null || draft.targetInitiatives() < 0) {
                v.add(path + "targetInitiatives", "field.nonNegative");
            }
            if (member != null && draft.targetInitiatives() != null) {
                targets.add(new MemberTarget(member.getId(), draft.targetInitiatives()));
            }
        }
        return targets;
    }

    private static List<CriterionWeight> criteria(List<CriterionDraft> drafts, Violations v) {
        List<CriterionWeight> criteria = new ArrayList<>();
        if (drafts == null) {
            return criteria;
        }
        Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
        for (int i = 0; i < drafts.size(); i++) {
            CriterionDraft draft = drafts.get(i);
            String path = "criteria[" + i + "].";
            Criterion criterion = null;
            try {
                criterion = Criterion.valueOf(draft.criterion() == null ? "" : draft.criterion().strip());
            } catch (IllegalArgumentException e) {
                v.add(path + "criterion", "field.oneOf", java.util.Arrays.toString(Criterion.values()));
            }
            if (criterion != null && !seen.add(criterion)) {
                v.add(path + "criterion", "cluster.criterion.duplicate");
            }
            if (draft.weight() == null || draft.weight().signum() <= 0 || draft.weight().compareTo(BigDecimal.valueOf(1000)) > 0) {
                v.add(path + "weight", "cluster.criterion.weight");
            } else if (criterion != null) {
                criteria.add(new CriterionWeight(criterion, draft.weight()));
            }
        }
        return criteria;
    }

    private Optional<Cluster> findByCode(String code) {
        return em.createQuery("SELECT c FROM Cluster c WHERE c.code = :code", Cluster.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

}
