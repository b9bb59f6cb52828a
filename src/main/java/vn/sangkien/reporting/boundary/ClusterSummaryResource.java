package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.sangkien.reporting.entity.ClusterSummary;

/** A cluster's summary for one campaign, live; its own root path like {@link CampaignSummaryResource}. */
@ApplicationScoped
@Path("clusters/{code}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters")
public class ClusterSummaryResource {

    @Inject
    Summaries summaries;

    @GET
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClusterSummary.class)))
    public ClusterSummary summary(@PathParam("code") String code, @QueryParam("campaign") String campaign) {
        return summaries.ofCluster(code, campaign);
    }
}
