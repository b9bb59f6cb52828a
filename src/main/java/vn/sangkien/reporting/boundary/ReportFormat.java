package vn.sangkien.reporting.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.Locale;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.MediaTypes;
import vn.sangkien.reporting.control.ReviewReportPdf;
import vn.sangkien.reporting.control.ReviewReportXlsx;
import vn.sangkien.reporting.entity.ReviewReport;

/** The formats of a review report ({@code ?format=pdf|xlsx}, PDF when absent), and the answer carrying one. */
public enum ReportFormat {
    PDF("application/pdf"),
    XLSX(MediaTypes.XLSX);

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format a request names; 400 for any other. */
    public static ReportFormat of(String text) {
        if (text == null || text.isBlank()) {
            return PDF;
        }
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw BusinessException.invalid("format", "field.oneOf", "[pdf, xlsx]");
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name of a report about {@code subject} (codes: letters, digits and hyphens). */
    public String fileName(String subject) {
        return "bao-cao-" + subject + "." + name().toLowerCase(Locale.ROOT);
    }

    public void write(ReviewReport report, OutputStream out) {
        if (this == PDF) {
            ReviewReportPdf.write(report, out);
        } else {
            ReviewReportXlsx.write(report, out);
        }
    }

    /** The report as a download. */
    public Response answer(ReviewReport report, String subject) {
        StreamingOutput body = out -> write(report, out);
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(subject) + "\"").build();
    }
}
