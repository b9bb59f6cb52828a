package vn.sangkien.initiative.boundary;

import vn.sangkien.platform.time.Moments;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.campaign.control.RubricScoring;
import vn.sangkien.initiative.entity.InitiativeReview;
import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.campaign.entity.Scores;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.initiative.control.InitiativeRules;
import vn.sangkien.initiative.control.ChangePositions;
import vn.sangkien.initiative.control.InitiativeWorkflow;
import vn.sangkien.initiative.control.InitiativeWriter;
import vn.sangkien.initiative.control.RegistrationKey;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.initiative.entity.InitiativeTransition;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.organization.entity.Level;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.persistence.Sequences;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.platform.text.SearchText;

/**
 * The initiative registry: registration into an open campaign, edits while the authors hold the
 * initiative, the workflow's transitions with their history, and lists filtered in the database.
 */
@Stateless
public class InitiativeRegistry {

    /** The statuses in which the authors hold an initiative and its content may be edited. */
    private static final Set<InitiativeStatus> EDITABLE = EnumSet.of(InitiativeStatus.DRAFT, InitiativeStatus.RETURNED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CampaignRegistry campaigns;

    @Inject
    OrganizationRegistry organizations;

    @Inject
    FieldCatalog fields;

    @Inject
    AuditLog audit;

    /** What a registration says. */
    public record Registration(String campaignCode, String unitCode, InitiativeContent content, boolean submit) {
    }

    /** What a transition request says; the decision's number and date prove a recognition. */
    public record TransitionRequest(String action, String comment, String decisionNumber, LocalDate decisionDate,
                                    Scores scores) {
    }

    /** A registration at an instant of its own (demo data, and later imports of what was registered on paper). */
    public record DatedRegistration(Registration registration, Instant at) {
    }

    /** A workflow transition at an instant of its own. */
    public record Move(long initiativeId, TransitionRequest request, Instant at) {
    }

    /**
     * The careful way of {@link Registrar}: checks the registration rule by rule, naming what is
     * wrong, and writes it alone through the {@link InitiativeWriter}, in this transaction.
     */
    public Initiative register(Registration registration, RegistrationKey key, Violations v) {
        caller.require(Capability.REGISTER_INITIATIVES);
        InitiativeWriter.Draft draft = check(registration, Moments.now(), v, campaigns::visible, organizations::visible)
                .keyed(key);
        return em.find(Initiative.class, write(List.of(draft)).get(0));
    }

    /** An initiative stored under a key, with the fingerprint of what its registration said. */
    public record Keyed(Initiative initiative, String fingerprint) {

        /** The initiative, when {@code key} says the same; 422 when the key was used for something else. */
        public Initiative repeatedBy(RegistrationKey key) {
            if (!key.fingerprint().equals(fingerprint)) {
                throw new BusinessException(BusinessException.Kind.KEY_REUSED, "idempotency.key.reused",
                        key.clientReference());
            }
            return initiative;
        }
    }

    /**
     * The initiative the caller registered under this key, if any; 422 when the key was used for a
     * registration that said something else.
     */
    public Optional<Initiative> registeredUnder(RegistrationKey key) {
        return Optional.ofNullable(registeredUnder(List.of(key.clientReference())).get(key.clientReference()))
                .map(keyed -> keyed.repeatedBy(key));
    }

    /**
     * What the caller stored under any of these references, by reference: one query for the keys and
     * one for their initiatives, whatever their number.
     */
    public Map<String, Keyed> registeredUnder(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        List<String> asked = List.copyOf(references);
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < asked.size(); i++) {
            parameters.append(i == 0 ? "?" : ", ?").append(i + 2);
        }
        Query query = em.createNativeQuery("SELECT client_reference, initiative_id, fingerprint FROM registration_key"
                + " WHERE username = ?1 AND client_reference IN (" + parameters + ")")
                .setParameter(1, caller.username());
        for (int i = 0; i < asked.size(); i++) {
            query.setParameter(i + 2, asked.get(i));
        }
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Initiative> byId = new HashMap<>();
        em.createQuery("SELECT i FROM Initiative i JOIN FETCH i.unit JOIN FETCH i.campaign WHERE i.id IN :ids",
                        Initiative.class)
                .setParameter("ids", rows.stream().map(r -> ((Number) ((Object[]) r)[1]).longValue()).toList())
                .getResultList().forEach(i -> byId.put(i.getId(), i));
        Map<String, Keyed> stored = new HashMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            stored.put((String) row[0], new Keyed(byId.get(((Number) row[1]).longValue()), (String) row[2]));
        }
        return stored;
    }

    /**
     * Registers, as the caller, each registration at its own instant, all in this transaction: the
     * same rules and the same writer as {@link #register}. Answers the new ids in order.
     */
    public List<Long> registerAll(List<DatedRegistration> registrations) {
        caller.require(Capability.REGISTER_INITIATIVES);
        List<InitiativeWriter.Draft> drafts = new ArrayList<>(registrations.size());
        // Many registrations name the same few campaigns and units: each is looked up once per call.
        Map<String, Optional<Campaign>> campaignsSeen = new HashMap<>();
        Map<String, Optional<Organization>> unitsSeen = new HashMap<>();
        Function<String, Optional<Campaign>> campaign = code -> campaignsSeen.computeIfAbsent(code, campaigns::visible);
        Function<String, Optional<Organization>> unit = code -> unitsSeen.computeIfAbsent(code, organizations::visible);
        for (DatedRegistration r : registrations) {
            drafts.add(check(r.registration(), r.at(), new Violations(), campaign, unit));
        }
        return write(drafts);
    }

    /** The rules of a registration at {@code at}, in the order that names the first thing wrong. */
    private InitiativeWriter.Draft check(Registration registration, Instant at, Violations v,
                                         Function<String, Optional<Campaign>> visibleCampaign,
                                         Function<String, Optional<Organization>> visibleUnit) {
        Campaign campaign = v.reference("campaignCode", registration.campaignCode(), visibleCampaign, true);
        Organization unit = v.reference("unitCode", registration.unitCode(), visibleUnit, true);
        if (unit != null && unit.getLevel() != Level.GRASSROOTS) {
            v.add("unitCode", "initiative.unit.notGrassroots");
        } else if (unit != null && campaign != null && !unit.getPath().startsWith(campaign.getOrganizer().getPath())) {
            v.add("unitCode", "initiative.unit.outsideOrganizer", campaign.getOrganizer().getCode());
        }
        InitiativeContent content = checkContent(registration.content(), at, v);
        v.throwIfAny();
        // Decided here, in the registering transaction, against the clock of this very request.
        if (campaign.statusAt(at) != CampaignStatus.OPEN) {
            throw BusinessException.conflict("initiative.campaign.notOpen", campaign.getCode());
        }
        InitiativeStatus status = registration.submit() ? InitiativeStatus.SUBMITTED : InitiativeStatus.DRAFT;
        return new InitiativeWriter.Draft(campaign.getCode(), unit.getCode(), content, status, caller.username(),
                caller.principal().organizationPath(), at);
    }

    /**
     * Writes checked drafts on this transaction's connection. The writer decides the rules again
     * against the rows as they are now: what it does not write changed since the check (a campaign
     * closed meanwhile), and the whole transaction is refused.
     */
    private List<Long> write(List<InitiativeWriter.Draft> drafts) {
        Connection connection = em.unwrap(Connection.class);
        try {
            List<Long> initiativeIds = Sequences.nextIds(connection, InitiativeWriter.INITIATIVE_SEQUENCE, drafts.size());
            List<Long> stepIds = Sequences.nextIds(connection, InitiativeWriter.STEP_SEQUENCE, drafts.size());
            List<Long> auditIds = Sequences.nextIds(connection, InitiativeWriter.AUDIT_SEQUENCE, drafts.size());
            List<InitiativeWriter.Entry> entries = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                entries.add(new InitiativeWriter.Entry(initiativeIds.get(i), stepIds.get(i), auditIds.get(i),
                        drafts.get(i)));
            }
            boolean[] written = InitiativeWriter.write(connection, entries);
            List<Long> ids = new ArrayList<>(entries.size());
            for (int i = 0; i < written.length; i++) {
                if (!written[i]) {
                    throw BusinessException.conflict("initiative.campaign.notOpen", entries.get(i).campaignCode());
                }
                ids.add(entries.get(i).initiativeId());
            }
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Replaces the content of a draft or returned initiative; the If-Match header is required. */
    public Initiative edit(long id, InitiativeContent content, String ifMatch, Violations v) {
        Initiative initiative = find(id);
        Versions.checkIfMatch(ifMatch, initiative.getVersion(), true);
        decide(Capability.REGISTER_INITIATIVES, initiative).orThrow();
        if (!EDITABLE.contains(initiative.getStatus())) {
            throw BusinessException.conflict("initiative.edit.status", initiative.getStatus());
        }
        Instant now = Moments.now();
        InitiativeContent checked = checkContent(content, now, v);
        v.throwIfAny();
        initiative.describe(checked, now);
        markChanged(initiative);
        em.flush();
        audit.record(caller.username(), AuditedType.INITIATIVE, String.valueOf(id), initiative.getUnit().getCode(), "EDIT",
                checked.title());
        return initiative;
    }

    public Initiative transition(long id, TransitionRequest request, Violations v) {
        Initiative initiative = transition(id, request, Moments.now(), v);
        markChanged(initiative);
        em.flush();
        return initiative;
    }

    /**
     * Applies each move as the caller at its own instant, with the rules of {@link #transition}, in
     * this transaction: the changes feed's positions are taken for all of them at once, and they are
     * written in one flush. The persistence context is cleared afterwards: a flush costs more with
     * every entity it holds.
     */
    public void transitionAll(List<Move> moves) {
        long position = reservePositions(moves.size()) - moves.size();
        for (Move move : moves) {
            // Marked at once: a query of the next move may flush it, and a later change would count twice.
            transition(move.initiativeId(), move.request(), move.at(), new Violations()).markChanged(++position);
        }
        em.flush();
        em.clear();
    }

    /** A move by the rules, not yet given its place in the changes feed nor flushed. */
    private Initiative transition(long id, TransitionRequest request, Instant now, Violations v) {
        Initiative initiative = find(id);
        Action action = parseAction(request.action(), v);
        String comment = v.text("comment", request.comment(), 0, 2000, action != null && action.needsComment());
        String decisionNumber = v.text("decisionNumber", request.decisionNumber(), 1, 100, false);
        LocalDate decisionDate = v.date("decisionDate", request.decisionDate());
        Rubric rubric = initiative.getCampaign().getRubric();
        boolean scored = request.scores() != null && (action == Action.RECOGNIZE || action == Action.REJECT);
        if (scored) {
            RubricScoring.check(request.scores(), rubric, v);
        }
        v.throwIfAny();
        InitiativeStatus from = initiative.getStatus();
        switch (InitiativeWorkflow.check(action, from, caller.principal().roles())) {
            case ROLE_NOT_ALLOWED -> throw BusinessException.forbidden();
            case STATUS_NOT_ALLOWED -> throw BusinessException.conflict("initiative.transition.status", action, from);
            case ALLOWED -> decide(InitiativeWorkflow.step(action, from).orElseThrow().capability(), initiative).orThrow();
        }
        if (action == Action.SUBMIT && from == InitiativeStatus.DRAFT
                && initiative.getCampaign().statusAt(now) != CampaignStatus.OPEN) {
            throw BusinessException.conflict("initiative.campaign.notOpen", initiative.getCampaign().getCode());
        }
        InitiativeStatus to = InitiativeWorkflow.target(action, from);
        if (scored) {
            RubricScoring.Outcome outcome = RubricScoring.apply(request.scores(), rubric);
            if (action == Action.RECOGNIZE && !outcome.recognised()) {
                throw BusinessException.invalid("scores", "evaluation.rubric.notRecognised", outcome.total(),
                        rubric.getPassTotal(), rubric.getCriterionMin());
            }
            InitiativeReview review = em.find(InitiativeReview.class, initiative.getId());
            if (review == null) {
                review = new InitiativeReview(initiative.getId());
                em.persist(review);
            }
            review.record(caller.username(), request.scores(), outcome.total(), outcome.grade(), action.name(), now);
        }
        initiative.moveTo(to, now);
        if (action == Action.RECOGNIZE) {
            Organization council = em.find(Organization.class, caller.principal().organizationId());
            initiative.recordRecognition(decisionNumber,
                    decisionDate == null ? LocalDate.ofInstant(now, Moments.VIETNAM) : decisionDate, council);
        }
        em.persist(new InitiativeTransition(initiative.getId(), action.name(), from, to, caller.username(), now, comment));
        audit.record(caller.username(), AuditedType.INITIATIVE, String.valueOf(id), initiative.getUnit().getCode(),
                action.name(), from + " → " + to + (comment == null ? "" : ": " + comment));
        return initiative;
    }

    /**
     * Gives the initiative its place in the changes feed, last before the flush: the feed's counter
     * stays locked from here to the commit, so as briefly as the transaction allows.
     */
    private void markChanged(Initiative initiative) {
        initiative.markChanged(reservePositions(1));
    }

    /** Takes {@code count} places in the changes feed; answers the last. */
    private long reservePositions(int count) {
        try {
            return ChangePositions.reserve(em.unwrap(Connection.class), count);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** A page of the changes feed, and where to go on from. */
    public record Changes(List<Initiative> items, long next) {

        /** How many changes a page holds unless asked, and at most. */
        public static final int DEFAULT_SIZE = 100;
        public static final int MAX_SIZE = 500;
    }

    /**
     * The caller's initiatives changed since {@code since} (all, when null) at positions after
     * {@code after}, in the order of their changes. The last committed position is read first: every
     * position up to it is committed, and any change still to come takes a later one, so an empty page
     * may go on from there without missing anything.
     */
    public Changes changes(Instant since, long after, int size) {
        long committed = ((Number) em.createNativeQuery(ChangePositions.LAST_COMMITTED).getSingleResult()).longValue();
        TypedQuery<Initiative> query = em.createQuery("SELECT i FROM Initiative i JOIN FETCH i.unit u"
                        + " JOIN FETCH i.campaign c WHERE u.path LIKE :subtree AND i.changePosition > :after"
                        + (since == null ? "" : " AND i.updatedAt >= :since") + " ORDER BY i.changePosition",
                Initiative.class)
                .setParameter("subtree", caller.subtreePath() + "%").setParameter("after", after);
        if (since != null) {
            query.setParameter("since", since);
        }
        List<Initiative> items = query.setMaxResults(size).getResultList();
        return new Changes(items, items.isEmpty() ? Math.max(after, committed)
                : items.get(items.size() - 1).getChangePosition());
    }

    /** An initiative of the caller's subtree; 404 otherwise. */
    public Initiative find(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative == null || !caller.covers(initiative.getUnit().getPath())) {
            throw BusinessException.notFound();
        }
        return initiative;
    }

    /** The council's scoring of an initiative, if it was scored. */
    public InitiativeReview reviewOf(Initiative initiative) {
        return em.find(InitiativeReview.class, initiative.getId());
    }

    /** May the caller read everything of this initiative, confidential parts included? */
    public boolean seesAllOf(Initiative initiative) {
        return !initiative.isConfidential() || caller.holds(Capability.SEE_CONFIDENTIAL)
                || caller.principal().organizationId() == initiative.getUnit().getId();
    }

    /** The workflow's actions that the caller may take on this initiative now (what the console offers). */
    public Set<Action> permittedActions(Initiative initiative) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : InitiativeWorkflow.actionsFrom(initiative.getStatus(), caller.principal().roles())) {
            var step = InitiativeWorkflow.step(action, initiative.getStatus()).orElseThrow();
            if (decide(step.capability(), initiative) == Privileges.Verdict.ALLOWED) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** May the caller {@link #edit} this initiative now (what the console offers)? */
    public boolean editable(Initiative initiative) {
        return EDITABLE.contains(initiative.getStatus())
                && decide(Capability.REGISTER_INITIATIVES, initiative) == Privileges.Verdict.ALLOWED;
    }

    /** May the caller use this capability on this initiative (Privileges decides)? */
    private Privileges.Verdict decide(Capability capability, Initiative initiative) {
        Set<String> verifiedBy = capability != Capability.RECOGNIZE ? Set.of() : Set.copyOf(em.createQuery(
                "SELECT DISTINCT t.actor FROM InitiativeTransition t WHERE t.initiativeId = :id AND t.action = :verify",
                String.class).setParameter("id", initiative.getId()).setParameter("verify", Action.VERIFY.name())
                .getResultList());
        return Privileges.initiative(caller.principal(), capability, new Privileges.InitiativeFacts(
                initiative.getUnit().getPath(), initiative.getRegisteredBy(), verifiedBy));
    }

    public List<InitiativeTransition> history(long id) {
        find(id);
        // By time: ids come from blocks drawn by each writer (JPA, the registration batches, every
        // instance of a cluster), so they are unique but not in the order of the steps.
        return em.createQuery("SELECT t FROM InitiativeTransition t WHERE t.initiativeId = :id"
                + " ORDER BY t.happenedAt, t.id",
                InitiativeTransition.class).setParameter("id", id).getResultList();
    }

    public Page<Initiative> list(String campaignCode, String unitCode, String statusName, String q, String fieldCode,
                                 ListParameters params) {
        return list(campaignCode, unitCode, statusName, q, fieldCode, Sort.NEWEST, params, true);
    }

    /** The order of a list: one of the sortable attributes, ties broken by id. */
    public record Sort(String attribute, boolean ascending) {
        private static final java.util.Set<String> SORTABLE = java.util.Set.of("registeredAt", "title", "status",
                "estimatedValueVnd", "id");
        public static final Sort NEWEST = new Sort("registeredAt", false);

        public Sort {
            if (!SORTABLE.contains(attribute)) {
                throw new IllegalArgumentException("Not sortable: " + attribute);
            }
        }

        String orderBy() {
            String direction = ascending ? " ASC" : " DESC";
            return " ORDER BY i." + attribute + direction + ("id".equals(attribute) ? "" : ", i.id" + direction);
        }
    }

    /**
     * One page of the caller's initiatives matching the filters, in the given order: one paged query,
     * plus one count query when {@code counted} (else the total is -1). The console's table and its
     * exports use it as the API's list does.
     */
    public Page<Initiative> list(String campaignCode, String unitCode, String statusName, String q, String fieldCode,
                                 Sort sort, ListParameters params, boolean counted) {
        Filter filter = filter(campaignCode, unitCode, statusName, q, fieldCode, params);
        TypedQuery<Initiative> select = em.createQuery("SELECT i FROM Initiative i JOIN FETCH i.unit u JOIN FETCH i.campaign c"
                + filter.where() + sort.orderBy(), Initiative.class);
        filter.parameters().forEach(select::setParameter);
        return params.page(select.setFirstResult(params.offset()).setMaxResults(params.size()).getResultList(),
                counted ? count(filter) : -1);
    }

    /**
     * How many of the caller's initiatives match the filters, counting no further than {@code cap}:
     * a table's paginator needs no exact figure in the millions, and the database stops at the cap
     * instead of joining every matching row (an exact count over a million initiatives takes seconds).
     */
    public long count(String campaignCode, String unitCode, String statusName, String q, String fieldCode, int cap) {
        Filter filter = filter(campaignCode, unitCode, statusName, q, fieldCode, new ListParameters(null, null));
        TypedQuery<Long> ids = em.createQuery("SELECT i.id FROM Initiative i JOIN i.unit u" + filter.campaignJoin()
                + filter.where(), Long.class);
        filter.parameters().forEach(ids::setParameter);
        return ids.setMaxResults(cap).getResultList().size();
    }

    private record Filter(String where, Map<String, Object> parameters) {
        /** The join to the campaign, only when a campaign filter needs it. */
        String campaignJoin() {
            return parameters.containsKey("campaignPath") ? " JOIN i.campaign c" : "";
        }
    }

    private Filter filter(String campaignCode, String unitCode, String statusName, String q, String fieldCode,
                          ListParameters params) {
        String campaignFilter = params.filter("campaign", campaignCode);
        String unitFilter = params.filter("unit", unitCode);
        String fieldFilter = params.filter("field", fieldCode);
        String query = params.filter("q", q);
        InitiativeStatus status = params.enumFilter("status", statusName, InitiativeStatus.class);
        Campaign campaign = params.violations().reference("campaign", campaignFilter, campaigns::visible, false);
        Organization unit = params.violations().reference("unit", unitFilter, organizations::visible, false);
        if (fieldFilter != null && !fields.isKnown(fieldFilter)) {
            params.violations().add("field", "initiative.field.unknown");
        }
        params.check();
        StringBuilder where = new StringBuilder(" WHERE u.path LIKE :subtree");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("subtree", (unit == null ? caller.subtreePath() : unit.getPath()) + "%");
        if (campaign != null) {
            where.append(" AND c.path LIKE :campaignPath");
            parameters.put("campaignPath", campaign.getPath() + "%");
        }
        if (status != null) {
            where.append(" AND i.status = :status");
            parameters.put("status", status);
        }
        if (fieldFilter != null) {
            where.append(" AND i.fieldCode = :field");
            parameters.put("field", fieldFilter);
        }
        if (query != null) {
            List<String> patterns = SearchText.prefixPatterns(query);
            for (int n = 0; n < patterns.size(); n++) {
                where.append(" AND i.titleSearch LIKE :q").append(n);
                parameters.put("q" + n, patterns.get(n));
            }
        }
        return new Filter(where.toString(), parameters);
    }

    private long count(Filter filter) {
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(i) FROM Initiative i JOIN i.unit u" + filter.campaignJoin() + filter.where(), Long.class);
        filter.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private InitiativeContent checkContent(InitiativeContent content, Instant now, Violations v) {
        return checkContent(content, fields, now, v);
    }

    /** The content rules, with the catalog of fields and the day in Vietnam at {@code now}. */
    static InitiativeContent checkContent(InitiativeContent content, FieldCatalog fields, Instant now, Violations v) {
        return InitiativeRules.check(content, fields.isKnown(content.fieldCode()), LocalDate.ofInstant(now, Moments.VIETNAM), v);
    }

    private static Action parseAction(String action, Violations v) {
        if (action == null || action.isBlank()) {
            v.add("action", "field.required");
            return null;
        }
        try {
            return Action.valueOf(action.strip());
        } catch (IllegalArgumentException e) {
            v.add("action", "field.oneOf", Arrays.toString(Action.values()));
            return null;
        }
    }
}
