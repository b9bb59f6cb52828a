package vn.sangkien.campaign.boundary;

import vn.sangkien.platform.time.Moments;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.sangkien.campaign.control.CampaignWindow;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignClosed;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.campaign.control.RubricScoring;
import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.Codes;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.platform.time.CalendarRange;

/**
 * Campaigns: programmes, phases and peak campaigns. A caller sees the campaigns organized within
 * its subtree and those organized by its own organization's ancestors (the campaigns it takes part
 * in); it manages only the former.
 */
@Stateless
public class CampaignRegistry {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrganizationRegistry organizations;

    @Inject
    AuditLog audit;

    @Inject
    Event<CampaignClosed> closed;

    /** What a request to create or change a campaign says (absent members keep their value on change). */
    public record Draft(String code, String name, String organizerCode, String parentCode, Instant opensAt,
                        Instant closesAt, Integer targetInitiatives, BigDecimal targetCoveragePercent,
                        Rubric rubric) {
    }

    public Campaign create(Draft draft, Violations v) {
        caller.require(Capability.MANAGE_CAMPAIGNS);
        String code = Codes.check(v, "code", draft.code());
        Organization organizer = v.reference("organizerCode", draft.organizerCode(), organizations::visible, true);
        Campaign parent = v.reference("parentCode", draft.parentCode(), this::visible, false);
        String name = v.text("name", draft.name(), 2, 300, true);
        CampaignWindow window = checkWindow(draft.opensAt(), draft.closesAt(), parent, v);
        checkTargets(draft.targetInitiatives(), draft.targetCoveragePercent(), v);
        if (draft.rubric() != null) {
            RubricScoring.check(draft.rubric(), v);
        }
        v.throwIfAny();
        if (findByCode(code).isPresent()) {
            throw BusinessException.conflict("problem.duplicateCode", code);
        }
        Instant now = Moments.now();
        Campaign campaign = new Campaign(code, organizer, parent, now);
        campaign.describe(name, window, draft.targetInitiatives(), draft.targetCoveragePercent(), now);
        campaign.useRubric(draft.rubric() == null ? Rubric.DEFAULT : draft.rubric());
        em.persist(campaign);
        campaign.placeInTree();
        em.flush();
        audit.record(caller.username(), AuditedType.CAMPAIGN, code, organizer.getCode(), "CREATE", name + " " + window);
        return campaign;
    }

    /** Changes name, window and targets: a name or window bound left out keeps its value, targets are replaced. */
    public Campaign update(String code, Draft draft, String ifMatch, Violations v) {
        Campaign campaign = findManaged(code);
        Versions.checkIfMatch(ifMatch, campaign.getVersion(), false);
        Instant now = Moments.now();
        if (campaign.statusAt(now) == CampaignStatus.CLOSED) {
            throw BusinessException.conflict("campaign.closed", code);
        }
        String name = draft.name() == null ? campaign.getName() : v.text("name", draft.name(), 2, 300, true);
        CampaignWindow window = checkWindow(draft.opensAt() == null ? campaign.getOpensAt() : draft.opensAt(),
                draft.closesAt() == null ? campaign.getClosesAt() : draft.closesAt(), campaign.getParent(), v);
        checkTargets(draft.targetInitiatives(), draft.targetCoveragePercent(), v);
        if (window != null && !v.has("opensAt") && !v.has("closesAt")) {
            checkChildrenInside(campaign, window, v);
        }
        if (draft.rubric() != null) {
            RubricScoring.check(draft.rubric(), v);
        }
        v.throwIfAny();
        campaign.describe(name, window, draft.targetInitiatives(), draft.targetCoveragePercent(), now);
        if (draft.rubric() != null) {
            campaign.useRubric(draft.rubric());
        }
        em.flush();
        audit.record(caller.username(), AuditedType.CAMPAIGN, code, campaign.getOrganizer().getCode(), "UPDATE",
                name + " " + window + (draft.rubric() == null ? "" : ", rubric"));
        return campaign;
    }

    /** Closes the window now, before its time: registration stops, the FINAL snapshot is taken. */
    public Campaign close(String code) {
        Campaign campaign = findManaged(code);
        Instant now = Moments.now();
        if (campaign.statusAt(now) == CampaignStatus.CLOSED) {
            throw BusinessException.conflict("campaign.closed", code);
        }
        campaign.close(now);
        em.flush();
        closed.fire(new CampaignClosed(campaign.getId(), now));
        audit.record(caller.username(), AuditedType.CAMPAIGN, code, campaign.getOrganizer().getCode(), "CLOSE", null);
        return campaign;
    }

    /** A campaign the caller may see; 404 otherwise. */
    public Campaign find(String code) {
        return visible(code).orElseThrow(BusinessException::notFound);
    }

    /** The campaign a request parameter names; 400 naming the parameter when absent or not visible. */
    public Campaign named(String parameter, String code) {
        Violations v = new Violations();
        Campaign campaign = v.reference(parameter, code, this::visible, true);
        v.throwIfAny();
        return campaign;
    }

    /** A campaign the caller may see: organized within its subtree or by one of its ancestors. */
    public Optional<Campaign> visible(String code) {
        return findByCode(code).filter(c -> caller.covers(c.getOrganizer().getPath())
                || caller.lineage().contains(c.getOrganizer().getId()));
    }

    public Page<Campaign> list(String organizerCode, String parentCode, String statusName, ListParameters params) {
        String organizerFilter = params.filter("organizer", organizerCode);
        String parentFilter = params.filter("parent", parentCode);
        CampaignStatus status = params.enumFilter("status", statusName, CampaignStatus.class);
        Organization organizer = params.violations().reference("organizer", organizerFilter, organizations::visible, false);
        Campaign parent = params.violations().reference("parent", parentFilter, this::visible, false);
        params.check();
        StringBuilder where = new StringBuilder(" WHERE (c.organizer.path LIKE :subtree OR c.organizer.id IN :lineage)");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("subtree", caller.subtreePath() + "%");
        parameters.put("lineage", caller.lineage());
        if (organizer != null) {
            where.append(" AND c.organizer = :organizer");
            parameters.put("organizer", organizer);
        }
        if (parent != null) {
            where.append(" AND c.parent = :parent");
            parameters.put("parent", parent);
        }
        if (status != null) {
            where.append(switch (status) {
                case PLANNED -> " AND c.opensAt > :now AND c.closedAt IS NULL";
                case OPEN -> " AND c.opensAt <= :now AND c.closesAt > :now AND (c.closedAt IS NULL OR c.closedAt > :now)";
                case CLOSED -> " AND (c.closesAt <= :now OR c.closedAt <= :now)";
            });
            parameters.put("now", Moments.now());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Campaign c" + where, Long.class);
        parameters.forEach(count::setParameter);
        TypedQuery<Campaign> select = em.createQuery("SELECT c FROM Campaign c LEFT JOIN FETCH c.parent" + where
                + " ORDER BY c.opensAt DESC, c.code", Campaign.class);
        parameters.forEach(select::setParameter);
        return params.page(select.setFirstResult(params.offset()).setMaxResults(params.size()).getResultList(),
                count.getSingleResult());
    }

    /** Whether the caller may change the campaign: a manager of the subtree it is organized in. */
    public boolean mayChange(Campaign campaign) {
        return caller.holds(Capability.MANAGE_CAMPAIGNS) && caller.covers(campaign.getOrganizer().getPath());
    }

    /** A campaign the caller may change; 403 for one it only sees. */
    private Campaign findManaged(String code) {
        Campaign campaign = find(code);
        if (!mayChange(campaign)) {
            throw BusinessException.forbidden();
        }
        return campaign;
    }

    private CampaignWindow checkWindow(Instant opensAt, Instant closesAt, Campaign parent, Violations v) {
        if (opensAt == null && !v.has("opensAt")) {
            v.add("opensAt", "field.required");
        }
        if (closesAt == null && !v.has("closesAt")) {
            v.add("closesAt", "field.required");
        }
        if (opensAt == null || closesAt == null) {
            return null;
        }
        boolean opensSane = v.instant("opensAt", opensAt) != null;
        if (v.instant("closesAt", closesAt) == null || !opensSane) {
            return null;
        }
        if (!closesAt.isAfter(opensAt)) {
            v.add("closesAt", "campaign.window.order");
            return null;
        }
        if (closesAt.isAfter(opensAt.atZone(ZoneOffset.UTC).plus(CalendarRange.LONGEST_WINDOW).toInstant())) {
            v.add("closesAt", "campaign.window.length", CalendarRange.LONGEST_WINDOW.getYears());
            return null;
        }
        CampaignWindow window = new CampaignWindow(opensAt, closesAt);
        if (parent != null && !parent.window().contains(window)) {
            if (opensAt.isBefore(parent.getOpensAt())) {
                v.add("opensAt", "campaign.window.insideParent", parent.getCode());
            }
            if (closesAt.isAfter(parent.getClosesAt())) {
                v.add("closesAt", "campaign.window.insideParent", parent.getCode());
            }
        }
        return window;
    }

    private void checkChildrenInside(Campaign campaign, CampaignWindow window, Violations v) {
        Long outside = em.createQuery("SELECT COUNT(c) FROM Campaign c WHERE c.parent = :parent"
                        + " AND (c.opensAt < :opens OR c.closesAt > :closes)", Long.class)
                .setParameter("parent", campaign).setParameter("opens", window.opensAt())
                .setParameter("closes", window.closesAt()).getSingleResult();
        if (outside > 0) {
            v.add("opensAt", "campaign.window.containsChildren");
        }
    }

    private static void checkTargets(Integer targetInitiatives, BigDecimal targetCoveragePercent, Violations v) {
        if (targetInitiatives != null && targetInitiatives < 0) {
            v.add("targetInitiatives", "field.nonNegative");
        }
        if (targetCoveragePercent != null
                && (targetCoveragePercent.signum() < 0 || targetCoveragePercent.compareTo(HUNDRED) > 0)) {
            v.add("targetCoveragePercent", "field.percent");
        }
    }

    private Optional<Campaign> findByCode(String code) {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.code = :code", Campaign.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

}
