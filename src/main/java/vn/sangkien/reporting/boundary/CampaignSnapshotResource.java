package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;

/** A campaign's stored summaries (scheduled and final), newest first. */
@ApplicationScoped
@Path("campaigns/{code}/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CampaignSnapshotResource {

    @Inject
    Summaries summaries;

    @GET
    @APIResponse(responseCode = "200", description = "{items: [{kind, generatedAt, clusters, ...figures}], page, size, total}, newest first")
    public Page<SnapshotView> summaries(@PathParam("code") String code, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return summaries.snapshots(code, new ListParameters(page, size)).map(SnapshotView::of);
    }
}
