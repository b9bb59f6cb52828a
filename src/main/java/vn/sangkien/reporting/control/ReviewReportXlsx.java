package vn.sangkien.reporting.control;

import static vn.sangkien.platform.text.VietnameseFormat.number;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Locale;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.entity.FieldFigures;
import vn.sangkien.reporting.entity.RecognizedInitiative;
import vn.sangkien.reporting.entity.ReviewReport;

/**
 * A review report as an xlsx workbook with the PDF's figures as numbers: the document's heading and
 * the overall figures on the first sheet, then one sheet per table (member units, fields,
 * recognised initiatives, progress), each with its Vietnamese header row frozen, its totals as
 * formulas, A4 and a print area. Text goes into text cells only, so nothing a user typed (a title
 * such as {@code =HYPERLINK(...)}) is ever run as a formula.
 */
public final class ReviewReportXlsx {

    static final String COUNT = "#,##0";
    static final String PERCENT = "0.0";
    static final String MONEY = "#,##0 \"đ\"";
    static final String DATE = "dd/mm/yyyy hh:mm";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReviewReportXlsx() {
    }

    public static void write(ReviewReport report, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Sang kien", "1.0");
            overview(workbook.newWorksheet("Báo cáo"), report);
            members(workbook.newWorksheet("Theo đơn vị"), report);
            fields(workbook.newWorksheet("Theo lĩnh vực"), report);
            recognized(workbook.newWorksheet("Sáng kiến công nhận"), report);
            progress(workbook.newWorksheet("Tiến độ"), report);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void overview(Worksheet sheet, ReviewReport report) {
        if (report.superiorName() != null) {
            centered(sheet, 0, 0, 1, report.superiorName().toUpperCase(VIETNAMESE));
        }
        centered(sheet, 1, 0, 1, report.issuerName().toUpperCase(VIETNAMESE));
        sheet.style(1, 0).bold().underlined().horizontalAlignment("center").set();
        centered(sheet, 0, 2, 3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        sheet.style(0, 2).bold().horizontalAlignment("center").set();
        centered(sheet, 1, 2, 3, "Độc lập - Tự do - Hạnh phúc");
        sheet.style(1, 2).bold().underlined().horizontalAlignment("center").set();
        centered(sheet, 2, 2, 3, ReviewReportPdf.placeAndDate(report.place(), report.date()));
        sheet.style(2, 2).italic().horizontalAlignment("center").set();
        centered(sheet, 4, 0, 3, ReviewReportPdf.title(report));
        sheet.style(4, 0).bold().fontSize(14).horizontalAlignment("center").set();
        centered(sheet, 5, 0, 3, report.subject());
        sheet.style(5, 0).bold().horizontalAlignment("center").wrapText(true).set();
        int row = 7;
        row = figure(sheet, row, "Số sáng kiến đã đăng ký", report.registered(), COUNT);
        row = figure(sheet, row, "Chỉ tiêu (sáng kiến)", report.targetInitiatives(), COUNT);
        row = figure(sheet, row, "Tỷ lệ đạt chỉ tiêu (%)", report.percentOfTarget(), PERCENT);
        row = figure(sheet, row, "Số sáng kiến được công nhận", report.recognized(), COUNT);
        row = figure(sheet, row, "Số công đoàn cơ sở", report.grassrootsUnits(), COUNT);
        row = figure(sheet, row, "Số công đoàn cơ sở có sáng kiến", report.coveredUnits(), COUNT);
        row = figure(sheet, row, "Tỷ lệ công đoàn cơ sở có sáng kiến (%)", report.coveragePercent(), PERCENT);
        row = figure(sheet, row, "Giá trị làm lợi ước tính của sáng kiến được công nhận", report.recognizedValueVnd(),
                MONEY);
        sheet.value(row + 1, 0, "Lập lúc");
        sheet.value(row + 1, 1, LocalDateTime.ofInstant(report.generatedAt(), Moments.VIETNAM));
        sheet.style(row + 1, 1).format(DATE).set();
        sheet.width(0, 48);
        sheet.width(1, 18);
        sheet.width(2, 22);
        sheet.width(3, 22);
        print(sheet, row + 1, 3, "portrait");
    }

    private static int figure(Worksheet sheet, int row, String label, Number value, String format) {
        sheet.value(row, 0, label);
        if (value != null) {
            sheet.value(row, 1, value);
            sheet.style(row, 1).format(format).set();
        } else {
            sheet.value(row, 1, "—");
        }
        return row + 1;
    }

    private static void members(Worksheet sheet, ReviewReport report) {
        header(sheet, "TT", "Mã đơn vị", "Đơn vị", "Chỉ tiêu", "Đăng ký", "Công nhận", "Số CĐCS", "CĐCS có sáng kiến",
                "Tỷ lệ CĐCS có sáng kiến (%)", "Xếp hạng", "Dẫn đầu");
        int row = 1;
        for (ReviewReport.Member m : report.members()) {
            sheet.value(row, 0, row);
            sheet.value(row, 1, m.unitCode());
            sheet.value(row, 2, m.unitName());
            if (m.targetInitiatives() != null) {
                sheet.value(row, 3, m.targetInitiatives());
            }
            sheet.value(row, 4, m.registered());
            sheet.value(row, 5, m.recognized());
            sheet.value(row, 6, m.grassrootsUnits());
            sheet.value(row, 7, m.coveredUnits());
            if (m.coveragePercent() != null) {
                sheet.value(row, 8, m.coveragePercent());
                sheet.style(row, 8).format(PERCENT).set();
            }
            sheet.value(row, 9, m.rank());
            sheet.value(row, 10, m.leader() ? "Dẫn đầu" : "");
            row++;
        }
        totals(sheet, row, 2, 3, 4, 5, 6, 7);
        sheet.width(2, 40);
        sheet.width(8, 14);
        print(sheet, row, 10, "landscape");
    }

    private static void fields(Worksheet sheet, ReviewReport report) {
        header(sheet, "TT", "Mã lĩnh vực", "Lĩnh vực", "Đăng ký", "Công nhận");
        int row = 1;
        for (FieldFigures f : report.fields()) {
            sheet.value(row, 0, row);
            sheet.value(row, 1, f.fieldCode());
            sheet.value(row, 2, f.fieldName());
            sheet.value(row, 3, f.registered());
            sheet.value(row, 4, f.recognized());
            row++;
        }
        totals(sheet, row, 2, 3, 4);
        sheet.width(2, 36);
        print(sheet, row, 4, "portrait");
    }

    private static void recognized(Worksheet sheet, ReviewReport report) {
        header(sheet, "TT", "Mã sáng kiến", "Tên sáng kiến", "Mã đơn vị", "Đơn vị", "Lĩnh vực",
                "Giá trị làm lợi ước tính (đ)", "Số quyết định", "Ngày công nhận");
        int row = 1;
        for (RecognizedInitiative r : report.recognizedInitiatives()) {
            sheet.value(row, 0, row);
            sheet.value(row, 1, r.id());
            sheet.value(row, 2, r.title());
            sheet.value(row, 3, r.unitCode());
            sheet.value(row, 4, r.unitName());
            sheet.value(row, 5, r.fieldName());
            if (r.estimatedValueVnd() != null) {
                sheet.value(row, 6, r.estimatedValueVnd());
                sheet.style(row, 6).format(MONEY).set();
            }
            if (r.decisionNumber() != null) {
                sheet.value(row, 7, r.decisionNumber());
            }
            if (r.recognitionDate() != null) {
                sheet.value(row, 8, r.recognitionDate());
                sheet.style(row, 8).format("dd/mm/yyyy").set();
            }
            row++;
        }
        totals(sheet, row, 5, 6);
        sheet.style(row, 6).bold().format(MONEY).set();
        if (report.recognizedCount() > report.recognizedInitiatives().size()) {
            sheet.value(row + 1, 2, "Danh sách chỉ gồm " + number(report.recognizedInitiatives().size()) + " trong "
                    + number(report.recognizedCount()) + " sáng kiến được công nhận (giá trị lớn nhất trước).");
        }
        sheet.width(2, 50);
        sheet.width(4, 30);
        sheet.width(5, 24);
        sheet.width(6, 20);
        print(sheet, row + 1, 8, "landscape");
    }

    private static void progress(Worksheet sheet, ReviewReport report) {
        header(sheet, "Thời điểm tổng hợp", "Đăng ký", "Công nhận");
        int row = 1;
        for (ReviewReport.Progress p : report.progress()) {
            sheet.value(row, 0, LocalDateTime.ofInstant(p.at(), Moments.VIETNAM));
            sheet.style(row, 0).format(DATE).set();
            sheet.value(row, 1, p.registered());
            sheet.value(row, 2, p.recognized());
            row++;
        }
        sheet.width(0, 20);
        print(sheet, Math.max(row - 1, 0), 2, "portrait");
    }

    private static void header(Worksheet sheet, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(0, c, titles[c]);
            sheet.style(0, c).bold().fillColor("EEEEEE").wrapText(true).set();
        }
        sheet.freezePane(0, 1);
    }

    /** The totals row: "Tổng cộng" in {@code labelColumn}, a SUM of the rows above in each column. */
    private static void totals(Worksheet sheet, int row, int labelColumn, int... columns) {
        sheet.value(row, labelColumn, "Tổng cộng");
        sheet.style(row, labelColumn).bold().set();
        for (int c : columns) {
            String column = columnName(c);
            sheet.formula(row, c, row == 1 ? "0" : "SUM(" + column + "2:" + column + row + ")");
            sheet.style(row, c).bold().format(COUNT).set();
        }
    }

    private static void print(Worksheet sheet, int lastRow, int lastColumn, String orientation) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation(orientation);
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.addNamedRange(sheet.range(0, 0, lastRow, lastColumn), "_xlnm.Print_Area");
    }

    private static void centered(Worksheet sheet, int row, int first, int last, String text) {
        sheet.value(row, first, text);
        sheet.range(row, first, row, last).merge();
    }

    static String columnName(int column) {
        return String.valueOf((char) ('A' + column));
    }
}
