package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;

/** A campaign's stored summaries (scheduled and final), newest first. */
@ApplicationScoped
@Path("campaigns/{code}/summaries")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignSnapshotResource {

    @Inject
    Summaries summaries;

    @GET
    public Page<SnapshotView> summaries(@PathParam("code") String code, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return summaries.snapshots(code, new ListParameters(page, size)).map(SnapshotView::of);
    }
}
