package vn.sangkien.integration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.boundary.InitiativeView;
import vn.sangkien.initiative.boundary.Registrar;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.integration.entity.FieldError;
import vn.sangkien.integration.entity.GetCampaignSummary;
import vn.sangkien.integration.entity.GetCampaignSummaryResponse;
import vn.sangkien.integration.entity.GetClusterSummary;
import vn.sangkien.integration.entity.GetClusterSummaryResponse;
import vn.sangkien.integration.entity.GetInitiative;
import vn.sangkien.integration.entity.GetInitiativeResponse;
import vn.sangkien.integration.entity.ListInitiativeChanges;
import vn.sangkien.integration.entity.ListInitiativeChangesResponse;
import vn.sangkien.integration.entity.Problem;
import vn.sangkien.integration.entity.ProblemFault;
import vn.sangkien.integration.entity.RegisterInitiatives;
import vn.sangkien.integration.entity.RegisterInitiativesResponse;
import vn.sangkien.integration.entity.SummaryFigures;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.rest.Messages;
import vn.sangkien.platform.rest.ProblemMapper;
import vn.sangkien.reporting.boundary.Summaries;
import vn.sangkien.reporting.entity.CampaignSummary;
import vn.sangkien.reporting.entity.ClusterSummary;
import vn.sangkien.reporting.entity.MemberSummary;

/**
 * The SOAP operations, through the same boundaries as REST ({@link Registrar}, the registry, the
 * summaries), so that the same rules hold on both channels. A refusal becomes a fault carrying the
 * problem REST would answer; a CDI bean without {@code @WebService}, published by {@link SoapServlet}.
 */
@ApplicationScoped
public class IntegrationService implements IntegrationPort {

    private static final DatatypeFactory XML_TIMES = datatypeFactory();

    @Inject
    Registrar registrar;

    @Inject
    InitiativeRegistry registry;

    @Inject
    Summaries summaries;

    @Inject
    HttpServletRequest request;

    @Override
    public RegisterInitiativesResponse registerInitiatives(RegisterInitiatives registration) throws ProblemFault {
        return answer(() -> {
            Registrar.checkBatchSize(registration.initiative.size());
            List<Registrar.Item> items = new ArrayList<>();
            for (RegisterInitiatives.Item item : registration.initiative) {
                items.add(new Registrar.Item(registrationOf(item), item.clientReference, Registrar.CLIENT_REFERENCE,
                        new Violations()));
            }
            List<Registrar.Outcome> outcomes = registrar.registerBatch(items);
            RegisterInitiativesResponse response = new RegisterInitiativesResponse();
            for (int i = 0; i < items.size(); i++) {
                RegisterInitiativesResponse.Result result = new RegisterInitiativesResponse.Result();
                result.clientReference = items.get(i).clientReference();
                Registrar.Outcome outcome = outcomes.get(i);
                if (outcome.refusal() == null) {
                    result.status = 201;
                    result.id = outcome.registered().initiative().id();
                    result.replayed = outcome.registered().replayed();
                } else {
                    Problem problem = problemOf(outcome.refusal());
                    result.status = problem.status;
                    result.error.addAll(problem.error);
                    if (problem.error.isEmpty()) {
                        result.error.add(new FieldError(null, problem.detail));
                    }
                }
                response.result.add(result);
            }
            return response;
        });
    }

    @Override
    public GetInitiativeResponse getInitiative(GetInitiative wanted) throws ProblemFault {
        return answer(() -> {
            Initiative found = registry.find(wanted.id);
            InitiativeView view = InitiativeView.of(found, registry.seesAllOf(found));
            GetInitiativeResponse.Initiative initiative = new GetInitiativeResponse.Initiative();
            initiative.id = view.id();
            initiative.status = view.status().name();
            initiative.version = view.version();
            initiative.registeredAt = xmlTime(view.registeredAt());
            initiative.campaignCode = view.campaignCode();
            initiative.unitCode = view.unitCode();
            initiative.title = view.title();
            initiative.field = view.field();
            initiative.summary = view.summary();
            initiative.estimatedValueVnd = view.estimatedValueVnd();
            if (view.authors() != null) {
                view.authors().forEach(a -> {
                    RegisterInitiatives.Author author = new RegisterInitiatives.Author();
                    author.fullName = a.fullName();
                    author.memberCode = a.memberCode();
                    author.sharePercent = a.sharePercent();
                    initiative.author.add(author);
                });
            }
            GetInitiativeResponse response = new GetInitiativeResponse();
            response.initiative = initiative;
            return response;
        });
    }

    @Override
    public ListInitiativeChangesResponse listInitiativeChanges(ListInitiativeChanges wanted) throws ProblemFault {
        return answer(() -> {
            ListParameters params = new ListParameters(null, null);
            long after = params.wholeNumber("after", wanted.after, 0, 0, Long.MAX_VALUE);
            int size = (int) params.wholeNumber("size", wanted.size == null ? null : wanted.size.toString(),
                    InitiativeRegistry.Changes.DEFAULT_SIZE, 1, InitiativeRegistry.Changes.MAX_SIZE);
            Instant since = wanted.since == null ? null
                    : params.violations().instant("since", wanted.since.toGregorianCalendar().toInstant());
            if (wanted.since == null) {
                params.violations().add("since", "field.required");
            }
            params.check();
            InitiativeRegistry.Changes changes = registry.changes(since, after, size);
            ListInitiativeChangesResponse response = new ListInitiativeChangesResponse();
            for (Initiative i : changes.items()) {
                ListInitiativeChangesResponse.Change change = new ListInitiativeChangesResponse.Change();
                change.id = i.getId();
                change.status = i.getStatus().name();
                change.version = i.getVersion();
                change.changedAt = xmlTime(i.getUpdatedAt());
                change.campaignCode = i.getCampaign().getCode();
                change.unitCode = i.getUnit().getCode();
                change.title = i.getTitle();
                response.change.add(change);
            }
            response.next = Long.toString(changes.next());
            return response;
        });
    }

    @Override
    public GetCampaignSummaryResponse getCampaignSummary(GetCampaignSummary wanted) throws ProblemFault {
        return answer(() -> {
            CampaignSummary s = summaries.ofCampaign(wanted.campaignCode);
            return figures(new GetCampaignSummaryResponse(), s.registered(), s.recognized(), s.targetInitiatives(),
                    s.percentOfTarget(), s.grassrootsUnits(), s.coveredUnits(), s.coveragePercent());
        });
    }

    @Override
    public GetClusterSummaryResponse getClusterSummary(GetClusterSummary wanted) throws ProblemFault {
        return answer(() -> {
            ClusterSummary s = summaries.ofCluster(wanted.clusterCode, wanted.campaignCode);
            GetClusterSummaryResponse response = figures(new GetClusterSummaryResponse(), s.registered(),
                    s.recognized(), s.targetInitiatives(), s.percentOfTarget(), s.grassrootsUnits(), s.coveredUnits(),
                    s.coveragePercent());
            for (MemberSummary m : s.members()) {
                GetClusterSummaryResponse.Member member = new GetClusterSummaryResponse.Member();
                member.unitCode = m.unitCode();
                member.registered = m.registered();
                member.recognized = m.recognized();
                member.coveragePercent = m.coveragePercent();
                member.rank = m.rank();
                response.member.add(member);
            }
            return response;
        });
    }

    private static <T extends SummaryFigures> T figures(T answer, long registered, long recognized, Integer target,
                                                       BigDecimal percentOfTarget, long grassroots,
                                                       long covered, BigDecimal coverage) {
        answer.registered = registered;
        answer.recognized = recognized;
        answer.targetInitiatives = target;
        answer.percentOfTarget = percentOfTarget;
        answer.grassrootsUnits = grassroots;
        answer.coveredUnits = covered;
        answer.coveragePercent = coverage;
        return answer;
    }

    private static InitiativeRegistry.Registration registrationOf(RegisterInitiatives.Item item) {
        List<Author> authors = item.author.stream()
                .map(a -> new Author(a.fullName, a.memberCode, a.sharePercent)).toList();
        LocalDate appliedFrom = item.appliedFrom == null ? null : LocalDate.of(item.appliedFrom.getYear(),
                item.appliedFrom.getMonth(), item.appliedFrom.getDay());
        InitiativeContent content = new InitiativeContent(item.title, item.field, item.summary, null, item.solution,
                null, null, item.benefits, null, null, appliedFrom, item.estimatedValueVnd, false, null, authors);
        return new InitiativeRegistry.Registration(item.campaignCode, item.unitCode, content,
                item.submit == null || item.submit);
    }

    /** The operation's answer, or the fault of its refusal; an unexpected failure stays a Server fault. */
    private <T> T answer(Supplier<T> operation) throws ProblemFault {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            BusinessException refusal = ProblemMapper.classify(e);
            if (refusal == null) {
                throw e;
            }
            Problem problem = problemOf(refusal);
            throw new ProblemFault(problem.detail == null ? problem.title : problem.detail, problem);
        }
    }

    /** The problem REST would answer for this refusal, in the caller's language. */
    private Problem problemOf(BusinessException refusal) {
        Locale locale = Messages.localeOf(request.getHeader("Accept-Language"));
        JsonObject json = Json.createReader(new StringReader(
                (String) ProblemMapper.toResponse(refusal, locale).getEntity())).readObject();
        Problem problem = new Problem();
        problem.type = json.getString("type", null);
        problem.title = json.getString("title", null);
        problem.status = json.getInt("status");
        problem.detail = json.getString("detail", null);
        for (JsonValue error : json.getOrDefault("errors", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            JsonObject e = error.asJsonObject();
            problem.error.add(new FieldError(e.getString("field", null), e.getString("message", null)));
        }
        return problem;
    }

    private static XMLGregorianCalendar xmlTime(Instant instant) {
        if (instant == null) {
            return null;
        }
        XMLGregorianCalendar time = XML_TIMES.newXMLGregorianCalendar(
                GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
        time.setTimezone(0);
        if (time.getMillisecond() == 0) {
            time.setMillisecond(DatatypeConstants.FIELD_UNDEFINED);
        }
        return time;
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("Every Java has an XML datatype factory", e);
        }
    }
}
