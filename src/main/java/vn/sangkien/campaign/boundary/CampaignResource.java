package vn.sangkien.campaign.boundary;

import vn.sangkien.platform.time.Moments;
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
import java.time.Instant;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.platform.rest.JsonBody;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;

@ApplicationScoped
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignRegistry campaigns;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream in, @Context UriInfo uri) {
        Violations v = new Violations();
        Campaign created = campaigns.create(draft(JsonBody.read(in, v)), v);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .tag(Versions.etag(created.getVersion())).entity(CampaignView.of(created, Moments.now())).build();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return answer(campaigns.find(code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           InputStream in) {
        Violations v = new Violations();
        return answer(campaigns.update(code, draft(JsonBody.read(in, v)), ifMatch, v));
    }

    @POST
    @Path("{code}/close")
    public Response close(@PathParam("code") String code) {
        return answer(campaigns.close(code));
    }

    @GET
    public Page<CampaignView> list(@QueryParam("organizer") String organizer, @QueryParam("parent") String parent,
                                   @QueryParam("status") String status, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        Instant now = Moments.now();
        return campaigns.list(organizer, parent, status, new ListParameters(page, size))
                .map(c -> CampaignView.of(c, now));
    }

    private static Response answer(Campaign campaign) {
        return Response.ok(CampaignView.of(campaign, Moments.now())).tag(Versions.etag(campaign.getVersion())).build();
    }

    private static CampaignRegistry.Draft draft(JsonBody body) {
        return new CampaignRegistry.Draft(body.string("code"), body.string("name"), body.string("organizerCode"),
                body.string("parentCode"), body.instant("opensAt"), body.instant("closesAt"),
                body.integer("targetInitiatives"), body.decimal("targetCoveragePercent"), rubric(body));
    }

    /** The rubric member, when given: every threshold may be left out and keeps its default. */
    private static Rubric rubric(JsonBody body) {
        JsonBody r = body.object("rubric");
        if (r == null) {
            return null;
        }
        Rubric d = Rubric.DEFAULT;
        return new Rubric(or(r.integer("noveltyMax"), d.getNoveltyMax()),
                or(r.integer("applicabilityMax"), d.getApplicabilityMax()), or(r.integer("benefitMax"), d.getBenefitMax()),
                or(r.integer("passTotal"), d.getPassTotal()), or(r.integer("criterionMin"), d.getCriterionMin()),
                or(r.integer("gradeA"), d.getGradeA()), or(r.integer("gradeB"), d.getGradeB()),
                or(r.integer("gradeC"), d.getGradeC()));
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
