package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.reporting.entity.StoredReport;

/** {@code GET /reports}, {@code GET /reports/{id}}: the reports stored on the reporting schedule. */
@ApplicationScoped
@Path("reports")
public class StoredReportResource {

    @Inject
    StoredReports stored;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<StoredReports.Entry> list(@QueryParam("campaign") String campaign, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        ListParameters params = new ListParameters(page, size);
        String code = params.filter("campaign", campaign);
        return stored.list(code, params);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ListParameters params = new ListParameters(null, null);
        long number = params.wholeNumber("id", id, 0, 1, Long.MAX_VALUE);
        params.check();
        StoredReport report = stored.find(number);
        return Response.ok(report.getBody(), ReportFormat.XLSX.mediaType()).header("Content-Disposition",
                "attachment; filename=\"bao-cao-" + report.getId() + "." + report.getFormat() + "\"").build();
    }
}
