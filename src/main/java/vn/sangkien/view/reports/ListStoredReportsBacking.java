package vn.sangkien.view.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.boundary.ReportFormat;
import vn.sangkien.reporting.boundary.StoredReports;
import vn.sangkien.reporting.entity.StoredReport;
import vn.sangkien.view.PagedModel;

/** reports/list.xhtml: the reports stored on the reporting schedule, of the user's subtree, to download. */
@Named
@ViewScoped
public class ListStoredReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Moments.VIETNAM);

    @Inject
    StoredReports stored;

    private String campaign;
    private final PagedModel<StoredReports.Entry> rows = new PagedModel<>(
            p -> stored.list(campaign == null || campaign.isBlank() ? null : campaign.strip(), p),
            e -> String.valueOf(e.id()));

    public StreamedContent download(long id) {
        StoredReport report = stored.find(id);
        return DefaultStreamedContent.builder().name("bao-cao-" + id + "." + report.getFormat())
                .contentType(ReportFormat.XLSX.mediaType()).stream(() -> new ByteArrayInputStream(report.getBody()))
                .build();
    }

    public String format(Instant at) {
        return AT.format(at);
    }

    public PagedModel<StoredReports.Entry> getRows() {
        return rows;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }
}
