package vn.sangkien.view;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.sangkien.reporting.boundary.ReportFormat;
import vn.sangkien.reporting.entity.ReviewReport;

/** A review report as the console's download: counted when asked for, written as the browser reads it. */
public final class ReportDownload {

    private ReportDownload() {
    }

    public static StreamedContent of(ReviewReport report, ReportFormat format, String subject) {
        return DefaultStreamedContent.builder().name(format.fileName(subject)).contentType(format.mediaType())
                .writer(out -> format.write(report, out)).build();
    }
}
