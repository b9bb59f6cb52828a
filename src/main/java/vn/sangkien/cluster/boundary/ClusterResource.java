package vn.sangkien.cluster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.cluster.entity.Pact;
import vn.sangkien.platform.rest.JsonBody;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;

@ApplicationScoped
@Path("clusters")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    ClusterRegistry clusters;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream in, @Context UriInfo uri) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        var draft = new ClusterRegistry.Draft(body.string("code"), body.string("name"), body.string("organizerCode"),
                body.string("parentCode"), body.string("headUnitCode"), body.strings("memberCodes"));
        Cluster created = clusters.create(draft, v);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .tag(Versions.etag(created.getVersion())).entity(ClusterView.of(created)).build();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        Cluster cluster = clusters.find(code);
        return Response.ok(ClusterView.of(cluster)).tag(Versions.etag(cluster.getVersion())).build();
    }

    @GET
    public Page<ClusterView> list(@QueryParam("organizer") String organizer, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        return clusters.list(organizer, new ListParameters(page, size)).map(ClusterView::of);
    }

    @POST
    @Path("{code}/pacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("code") String code, InputStream in, @Context UriInfo uri) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        List<ClusterRegistry.MemberTargetDraft> targets = null;
        if (body.objects("memberTargets") != null) {
            targets = new ArrayList<>();
            for (JsonBody t : body.objects("memberTargets")) {
                targets.add(new ClusterRegistry.MemberTargetDraft(t.string("unitCode"), t.integer("targetInitiatives")));
            }
        }
        List<ClusterRegistry.CriterionDraft> criteria = null;
        if (body.objects("criteria") != null) {
            criteria = new ArrayList<>();
            for (JsonBody c : body.objects("criteria")) {
                criteria.add(new ClusterRegistry.CriterionDraft(c.string("criterion"), c.decimal("weight")));
            }
        }
        var draft = new ClusterRegistry.PactDraft(body.string("campaignCode"), body.date("signedOn"),
                body.integer("targetInitiatives"), body.decimal("targetCoveragePercent"), targets, criteria);
        Pact pact = clusters.sign(code, draft, v);
        return Response.created(uri.getAbsolutePathBuilder().path(pact.getCampaign().getCode()).build())
                .tag(Versions.etag(pact.getVersion())).entity(PactView.of(pact)).build();
    }

    @GET
    @Path("{code}/pacts")
    public Map<String, List<PactView>> pacts(@PathParam("code") String code) {
        return Map.of("items", clusters.pactsOf(clusters.find(code)).stream().map(PactView::of).toList());
    }
}
