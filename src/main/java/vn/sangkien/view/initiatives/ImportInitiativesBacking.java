package vn.sangkien.view.initiatives;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.sangkien.initiative.boundary.InitiativeImport;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.MediaTypes;
import vn.sangkien.view.Faces;

/**
 * initiatives/import.xhtml: the template to download, the upload with its progress, then what became
 * of each row, and the same as an xlsx with an error column to mend the refused rows and upload
 * the file again (the rows already stored answer "already imported").
 */
@Named
@ViewScoped
public class ImportInitiativesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeImport imports;

    @Inject
    ImportProgress progress;

    private transient InitiativeImport.Report report;
    private String fileName;
    private String statusFilter;

    public void load() {
        if (!imports.mayImport()) {
            Faces.notFound();
        }
    }

    public void upload(FileUploadEvent event) {
        progress.reset();
        report = null;
        fileName = event.getFile().getFileName();
        Locale locale = Faces.locale();
        try {
            report = imports.register(imports.receive(event.getFile().getInputStream()), locale, progress::update);
            progress.update(report.rows(), report.rows());
        } catch (BusinessException refused) {
            Faces.show(refused, "upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StreamedContent getTemplate() {
        return xlsx("mau-nhap-sang-kien.xlsx", imports::writeTemplate);
    }

    /** The per-row report as an xlsx in the page's language. */
    public StreamedContent getReportFile() {
        InitiativeImport.Report shown = report;
        Locale locale = Faces.locale();
        return xlsx("ket-qua-nhap-sang-kien.xlsx", out -> InitiativeImport.writeReport(out, shown, locale));
    }

    /** Writes a workbook as the browser reads it. */
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static StreamedContent xlsx(String name, Writer writer) {
        return DefaultStreamedContent.builder().name(name).contentType(MediaTypes.XLSX).writer(out -> {
            try {
                writer.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }

    public InitiativeImport.Report getReport() {
        return report;
    }

    /** The rows shown: all, or those of one status. */
    public List<InitiativeImport.RowResult> getRows() {
        if (report == null) {
            return List.of();
        }
        return statusFilter == null || statusFilter.isBlank() ? report.results() : report.results().stream()
                .filter(r -> r.status().name().equals(statusFilter)).toList();
    }

    public String errorsOf(InitiativeImport.RowResult row) {
        return row.errors() == null ? "" : String.join("\n", row.errors().stream().map(InitiativeImport::line).toList());
    }

    public InitiativeImport.RowStatus[] getStatuses() {
        return InitiativeImport.RowStatus.values();
    }

    public String getFileName() {
        return fileName;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }
}
