package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.sangkien.reporting.entity.ClusterSummary;

/** A cluster's summary for one campaign, live; its own root path like {@link CampaignSummaryResource}. */
@ApplicationScoped
@Path("clusters/{code}/summary")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterSummaryResource {

    @Inject
    Summaries summaries;

    @GET
    public ClusterSummary summary(@PathParam("code") String code, @QueryParam("campaign") String campaign) {
        return summaries.ofCluster(code, campaign);
    }
}
