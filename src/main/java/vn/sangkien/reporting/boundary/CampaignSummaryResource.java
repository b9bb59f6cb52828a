package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.sangkien.reporting.entity.CampaignSummary;

/**
 * A campaign's summary, live. Its own root path: a root at {@code campaigns/{code}} would take
 * {@code /campaigns/X} away from the campaign resource.
 */
@ApplicationScoped
@Path("campaigns/{code}/summary")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignSummaryResource {

    @Inject
    Summaries summaries;

    @GET
    public CampaignSummary summary(@PathParam("code") String code) {
        return summaries.ofCampaign(code);
    }
}
