package vn.sangkien.initiative.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.sangkien.campaign.entity.Scores;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.JsonBody;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;

@ApplicationScoped
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Registration, editing, workflow and history of initiatives")
public class InitiativeResource {

    @Inject
    InitiativeRegistry registry;

    @Inject
    Registrar registrar;

    /** The registration body, for the OpenAPI document. */
    @Schema(name = "InitiativeRegistration")
    public record RegistrationBody(String campaignCode, String unitCode, String title, String field, String summary,
                                   String currentSituation, String solution, String novelty, String applicability,
                                   String benefits, String socialBenefit, String ownerName, String appliedFrom,
                                   Long estimatedValueVnd, Boolean confidential, String confidentialContent,
                                   List<AuthorView> authors, Boolean submit) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(ref = "InitiativeRegistration")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(ref = "InitiativeView")))
    @APIResponse(responseCode = "503", description = "The database did not confirm the commit in time: the"
            + " registration may be stored; look at the list before sending it again")
    public Response register(InputStream in, @Context UriInfo uri) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        Boolean submit = body.bool("submit");
        var registration = new InitiativeRegistry.Registration(body.string("campaignCode"), body.string("unitCode"),
                content(body), submit == null || submit);
        InitiativeView created = registrar.register(registration, v);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "InitiativeView")))
    public Response get(@PathParam("id") String id) {
        return answer(registry.find(parseId(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(ref = "InitiativeView")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "InitiativeView")))
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
    @RequestBody(content = @Content(schema = @Schema(ref = "TransitionRequest")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "InitiativeView")))
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
    @APIResponse(responseCode = "200", description = "{items: [{action, from, to, by, at, comment}]}, oldest first")
    public Map<String, List<HistoryEntry>> history(@PathParam("id") String id) {
        return Map.of("items", registry.history(parseId(id)).stream().map(HistoryEntry::of).toList());
    }

    @GET
    @APIResponse(responseCode = "200", description = "{items, page, size, total} of initiatives, newest first")
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
