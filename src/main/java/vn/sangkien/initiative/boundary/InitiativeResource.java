package vn.sangkien.initiative.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sangkien.campaign.entity.Scores;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.rest.JsonBody;
import vn.sangkien.platform.rest.Messages;
import vn.sangkien.platform.rest.ProblemMapper;
import vn.sangkien.platform.rest.Versions;

@ApplicationScoped
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";

    @Inject
    InitiativeRegistry registry;

    @Inject
    Registrar registrar;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(InputStream in, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                             @Context UriInfo uri) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        var registration = registrationOf(body);
        Registrar.Registered registered = registrar.register(registration, idempotencyKey, IDEMPOTENCY_KEY, v);
        InitiativeView created = registered.initiative();
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(Versions.etag(created.version())).entity(created);
        return registered.replayed() ? answer.header(REPLAYED, "true").build() : answer.build();
    }

    /**
     * {items: [registration + clientReference]} → {results: [{clientReference, status, id?, replayed,
     * problem?}]}, each item answered as {@code POST /initiatives} would answer it alone, with its
     * {@code clientReference} as its idempotency key.
     */
    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject registerBatch(InputStream in, @Context HttpHeaders headers) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        List<JsonBody> itemBodies = body.separateObjects("items");
        if (itemBodies == null) {
            v.add("items", "field.required");
        }
        v.throwIfAny();
        Registrar.checkBatchSize(itemBodies.size());
        // An item that is not an object would be a malformed body alone: it is answered so, and not registered.
        List<Registrar.Item> items = new ArrayList<>();
        for (JsonBody item : itemBodies) {
            if (item != null) {
                items.add(new Registrar.Item(registrationOf(item), item.string(Registrar.CLIENT_REFERENCE),
                        Registrar.CLIENT_REFERENCE, item.violations()));
            }
        }
        Locale locale = Messages.localeOf(headers.getAcceptableLanguages());
        Iterator<Registrar.Item> sent = items.iterator();
        Iterator<Registrar.Outcome> answers = registrar.registerBatch(items).iterator();
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonBody itemBody : itemBodies) {
            JsonObjectBuilder result = Json.createObjectBuilder();
            if (itemBody == null) {
                results.add(refused(result.add(Registrar.CLIENT_REFERENCE, JsonValue.NULL),
                        new BusinessException(BusinessException.Kind.MALFORMED, "problem.body.notObject"), locale));
                continue;
            }
            String reference = sent.next().clientReference();
            result.add(Registrar.CLIENT_REFERENCE, reference == null ? JsonValue.NULL : Json.createValue(reference));
            Registrar.Outcome answer = answers.next();
            results.add(answer.refusal() != null ? refused(result, answer.refusal(), locale)
                    : result.add("status", 201).add("id", answer.registered().initiative().id())
                            .add("replayed", answer.registered().replayed()));
        }
        return Json.createObjectBuilder().add("results", results).build();
    }

    /**
     * The changes feed: the caller's initiatives registered, edited or moved since {@code since}, each
     * as it is now, in the order of their changes; {@code next} goes on after them.
     */
    @GET
    @Path("changes")
    public ChangeView.Page changes(@QueryParam("since") String since, @QueryParam("after") String after,
                                   @QueryParam("size") String size) {
        ListParameters params = new ListParameters(null, null);
        Instant from = params.instantFilter("since", since);
        long position = params.wholeNumber("after", after, 0, 0, Long.MAX_VALUE);
        int count = (int) params.wholeNumber("size", size, InitiativeRegistry.Changes.DEFAULT_SIZE, 1,
                InitiativeRegistry.Changes.MAX_SIZE);
        params.check();
        InitiativeRegistry.Changes changes = registry.changes(from, position, count);
        return new ChangeView.Page(changes.items().stream().map(ChangeView::of).toList(), Long.toString(changes.next()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return answer(registry.find(parseId(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         InputStream in) {
        long initiativeId = parseId(id);
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        return answer(registry.edit(initiativeId, content(body), ifMatch, v));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") String id, InputStream in) {
        long initiativeId = parseId(id);
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        JsonBody scores = body.object("scores");
        var request = new InitiativeRegistry.TransitionRequest(body.string("action"), body.string("comment"),
                body.string("decisionNumber"), body.date("decisionDate"), scores == null ? null
                : new Scores(scores.integer("novelty"), scores.integer("applicability"), scores.integer("benefit")));
        return answer(registry.transition(initiativeId, request, v));
    }

    @GET
    @Path("{id}/history")
    public Map<String, List<HistoryEntry>> history(@PathParam("id") String id) {
        return Map.of("items", registry.history(parseId(id)).stream().map(HistoryEntry::of).toList());
    }

    @GET
    public Page<InitiativeView> list(@QueryParam("campaign") String campaign, @QueryParam("unit") String unit,
                                     @QueryParam("status") String status, @QueryParam("q") String q,
                                     @QueryParam("field") String field, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return registry.list(campaign, unit, status, q, field, new ListParameters(page, size))
                .map(i -> InitiativeView.of(i, registry.seesAllOf(i)));
    }

    /** One initiative, with the council's scoring when the caller may see everything of it. */
    private Response answer(Initiative initiative) {
        boolean full = registry.seesAllOf(initiative);
        InitiativeView view = InitiativeView.of(initiative, full);
        if (full) {
            view = view.withReview(ReviewView.of(registry.reviewOf(initiative)));
        }
        return Response.ok(view).tag(Versions.etag(initiative.getVersion())).build();
    }

    /** A batch item's refusal: its status and the problem {@code POST /initiatives} would answer. */
    private static JsonObjectBuilder refused(JsonObjectBuilder result, BusinessException refusal, Locale locale) {
        String problem = (String) ProblemMapper.toResponse(refusal, locale).getEntity();
        return result.add("status", refusal.kind().status).add("replayed", false)
                .add("problem", Json.createReader(new StringReader(problem)).readObject());
    }

    private static InitiativeRegistry.Registration registrationOf(JsonBody body) {
        Boolean submit = body.bool("submit");
        return new InitiativeRegistry.Registration(body.string("campaignCode"), body.string("unitCode"), content(body),
                submit == null || submit);
    }

    static InitiativeContent content(JsonBody body) {
        List<JsonBody> authorBodies = body.objects("authors");
        List<Author> authors = null;
        if (authorBodies != null) {
            authors = new ArrayList<>();
            for (JsonBody a : authorBodies) {
                authors.add(new Author(a.string("fullName"), a.string("memberCode"), a.decimal("sharePercent")));
            }
        }
        Boolean confidential = body.bool("confidential");
        return new InitiativeContent(body.string("title"), body.string("field"), body.string("summary"),
                body.string("currentSituation"), body.string("solution"), body.string("novelty"),
                body.string("applicability"), body.string("benefits"), body.string("socialBenefit"),
                body.string("ownerName"), body.date("appliedFrom"), body.wholeNumber("estimatedValueVnd"),
                confidential != null && confidential, body.string("confidentialContent"), authors);
    }

    /** Ids are positive whole numbers; anything else names no initiative. */
    private static long parseId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw BusinessException.notFound();
    }
}
