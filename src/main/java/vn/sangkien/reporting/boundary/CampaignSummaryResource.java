package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.sangkien.reporting.entity.CampaignSummary;

/**
 * A campaign's summary, live. Its own root path: a root at {@code campaigns/{code}} would take
 * {@code /campaigns/X} away from the campaign resource.
 */
@ApplicationScoped
@Path("campaigns/{code}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CampaignSummaryResource {

    @Inject
    Summaries summaries;

    @GET
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignSummary.class)))
    public CampaignSummary summary(@PathParam("code") String code) {
        return summaries.ofCampaign(code);
    }
}
