package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code GET /campaigns/{code}/report?format=pdf|xlsx}: the campaign's interim or final review. */
@ApplicationScoped
@Path("campaigns/{code}/report")
public class CampaignReportResource {

    @Inject
    ReviewReports reports;

    @GET
    public Response report(@PathParam("code") String code, @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.of(format);
        return chosen.answer(reports.ofCampaign(code), code);
    }
}
