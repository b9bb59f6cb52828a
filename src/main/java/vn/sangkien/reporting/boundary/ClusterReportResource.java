package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code GET /clusters/{code}/report?campaign=CODE&format=pdf|xlsx}: the cluster's review in a campaign. */
@ApplicationScoped
@Path("clusters/{code}/report")
public class ClusterReportResource {

    @Inject
    ReviewReports reports;

    @GET
    public Response report(@PathParam("code") String code, @QueryParam("campaign") String campaign,
                           @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.of(format);
        return chosen.answer(reports.ofCluster(code, campaign), code + "-" + campaign);
    }
}
