package vn.sangkien.reporting.control;

import static vn.sangkien.platform.text.VietnameseFormat.dateLine;
import static vn.sangkien.platform.text.VietnameseFormat.money;
import static vn.sangkien.platform.text.VietnameseFormat.number;
import static vn.sangkien.platform.text.VietnameseFormat.percent;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.entity.FieldFigures;
import vn.sangkien.reporting.entity.RecognizedInitiative;
import vn.sangkien.reporting.entity.ReviewReport;

/**
 * A review report as a PDF in the form of a union document (A4, serif, the issuer's heading on the
 * left with its superior above and its own name underlined, the national motto on the right, the
 * place and date, the title), then the figures, a chart of the progress over the snapshots, and the
 * signature block.
 */
public final class ReviewReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final Color REGISTERED = new Color(0x1F, 0x5F, 0xA8);
    private static final Color RECOGNIZED = new Color(0x2E, 0x8B, 0x3E);

    private final Font regular = PdfFonts.font(PdfFonts.SERIF, 11);
    private final Font bold = PdfFonts.font(PdfFonts.SERIF_BOLD, 11);
    private final Font italic = PdfFonts.font(PdfFonts.SERIF_ITALIC, 11);
    private final Font small = PdfFonts.font(PdfFonts.SERIF, 9);
    private final Font smallBold = PdfFonts.font(PdfFonts.SERIF_BOLD, 9);

    private ReviewReportPdf() {
    }

    public static void write(ReviewReport report, OutputStream out) {
        new ReviewReportPdf().render(report, out);
    }

    /** The title: "BÁO CÁO SƠ KẾT" while the campaign is open, "BÁO CÁO TỔNG KẾT" once it is closed. */
    public static String title(ReviewReport report) {
        return report.isFinal() ? "BÁO CÁO TỔNG KẾT" : "BÁO CÁO SƠ KẾT";
    }

    /** The date line, after the place when there is one. */
    public static String placeAndDate(String place, LocalDate date) {
        String line = dateLine(date);
        return place == null || place.isBlank() ? line.substring(0, 1).toUpperCase(Locale.ROOT) + line.substring(1)
                : place + ", " + line;
    }

    private void render(ReviewReport report, OutputStream out) {
        // Margins of the rules on the form of documents: 3 cm on the left, 2 cm elsewhere.
        Document document = new Document(PageSize.A4, 85, 57, 57, 57);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title(report) + " " + report.subject());
        document.open();
        document.add(heading(report));
        Paragraph title = new Paragraph(title(report), PdfFonts.font(PdfFonts.SERIF_BOLD, 14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(18);
        document.add(title);
        Paragraph subject = new Paragraph(report.subject(), bold);
        subject.setAlignment(Element.ALIGN_CENTER);
        subject.setSpacingAfter(12);
        document.add(subject);

        section(document, "I. KẾT QUẢ CHUNG");
        line(document, "Số sáng kiến đã đăng ký: " + number(report.registered())
                + (report.targetInitiatives() == null ? "" : " / chỉ tiêu " + number(report.targetInitiatives())
                + " (đạt " + percent(report.percentOfTarget()) + ")") + ".");
        line(document, "Số sáng kiến được công nhận: " + number(report.recognized()) + ".");
        line(document, "Số công đoàn cơ sở có sáng kiến: " + number(report.coveredUnits()) + " / "
                + number(report.grassrootsUnits()) + " (" + percent(report.coveragePercent()) + ").");
        line(document, "Giá trị làm lợi ước tính của các sáng kiến được công nhận: "
                + money(report.recognizedValueVnd()) + ".");

        section(document, "II. KẾT QUẢ THEO ĐƠN VỊ");
        document.add(members(report));
        section(document, "III. KẾT QUẢ THEO LĨNH VỰC");
        document.add(fields(report.fields()));
        section(document, "IV. CÁC SÁNG KIẾN ĐƯỢC CÔNG NHẬN");
        document.add(recognized(report));
        if (report.progress().size() >= 2) {
            section(document, "V. TIẾN ĐỘ QUA CÁC LẦN TỔNG HỢP");
            document.add(chart(writer, report.progress()));
        }
        document.add(signature(report));
        document.close();
    }

    private PdfPTable heading(ReviewReport report) {
        PdfPTable heading = borderless(new float[] {42, 58});
        PdfPCell left = cell(Element.ALIGN_CENTER);
        if (report.superiorName() != null) {
            left.addElement(centered(report.superiorName().toUpperCase(VIETNAMESE), PdfFonts.font(PdfFonts.SERIF, 10)));
        }
        left.addElement(centered(report.issuerName().toUpperCase(VIETNAMESE),
                PdfFonts.font(PdfFonts.SERIF_BOLD, 10, Font.UNDERLINE)));
        left.addElement(centered("Số:      /BC", regular));
        PdfPCell right = cell(Element.ALIGN_CENTER);
        right.addElement(centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PdfFonts.font(PdfFonts.SERIF_BOLD, 10)));
        right.addElement(centered("Độc lập - Tự do - Hạnh phúc", PdfFonts.font(PdfFonts.SERIF_BOLD, 11, Font.UNDERLINE)));
        right.addElement(centered(placeAndDate(report.place(), report.date()), italic));
        heading.addCell(left);
        heading.addCell(right);
        return heading;
    }

    private PdfPTable members(ReviewReport report) {
        PdfPTable table = table(new float[] {5, 30, 9, 10, 10, 12, 12, 9},
                "TT", "Đơn vị", "Chỉ tiêu", "Đăng ký", "Công nhận", "CĐCS có sáng kiến", "Tỷ lệ", "Xếp hạng");
        int n = 0;
        long registered = 0;
        long recognized = 0;
        for (ReviewReport.Member m : report.members()) {
            Font font = m.leader() ? smallBold : small;
            table.addCell(text(String.valueOf(++n), font, Element.ALIGN_CENTER));
            table.addCell(text(m.unitName() + (m.leader() ? " (dẫn đầu)" : ""), font, Element.ALIGN_LEFT));
            table.addCell(text(m.targetInitiatives() == null ? "—" : number(m.targetInitiatives()), font,
                    Element.ALIGN_RIGHT));
            table.addCell(text(number(m.registered()), font, Element.ALIGN_RIGHT));
            table.addCell(text(number(m.recognized()), font, Element.ALIGN_RIGHT));
            table.addCell(text(number(m.coveredUnits()) + " / " + number(m.grassrootsUnits()), font,
                    Element.ALIGN_RIGHT));
            table.addCell(text(percent(m.coveragePercent()), font, Element.ALIGN_RIGHT));
            table.addCell(text(String.valueOf(m.rank()), font, Element.ALIGN_CENTER));
            registered += m.registered();
            recognized += m.recognized();
        }
        total(table, 3, number(registered), number(recognized), "", "", "");
        return table;
    }

    private PdfPTable fields(List<FieldFigures> fields) {
        PdfPTable table = table(new float[] {6, 54, 20, 20}, "TT", "Lĩnh vực", "Đăng ký", "Công nhận");
        int n = 0;
        long registered = 0;
        long recognized = 0;
        for (FieldFigures f : fields) {
            table.addCell(text(String.valueOf(++n), small, Element.ALIGN_CENTER));
            table.addCell(text(f.fieldName(), small, Element.ALIGN_LEFT));
            table.addCell(text(number(f.registered()), small, Element.ALIGN_RIGHT));
            table.addCell(text(number(f.recognized()), small, Element.ALIGN_RIGHT));
            registered += f.registered();
            recognized += f.recognized();
        }
        total(table, 2, number(registered), number(recognized));
        return table;
    }

    private PdfPTable recognized(ReviewReport report) {
        PdfPTable table = table(new float[] {5, 33, 18, 14, 14, 16}, "TT", "Tên sáng kiến", "Đơn vị", "Lĩnh vực",
                "Giá trị làm lợi (đ)", "Quyết định");
        int n = 0;
        for (RecognizedInitiative r : report.recognizedInitiatives()) {
            table.addCell(text(String.valueOf(++n), small, Element.ALIGN_CENTER));
            table.addCell(text(r.title(), small, Element.ALIGN_LEFT));
            table.addCell(text(r.unitName(), small, Element.ALIGN_LEFT));
            table.addCell(text(r.fieldName(), small, Element.ALIGN_LEFT));
            table.addCell(text(r.estimatedValueVnd() == null ? "—" : number(r.estimatedValueVnd()), small,
                    Element.ALIGN_RIGHT));
            table.addCell(text((r.decisionNumber() == null ? "" : r.decisionNumber())
                    + (r.recognitionDate() == null ? "" : " " + DAY.format(r.recognitionDate())), small,
                    Element.ALIGN_LEFT));
        }
        if (report.recognizedCount() > report.recognizedInitiatives().size()) {
            PdfPCell more = text("… và " + number(report.recognizedCount() - report.recognizedInitiatives().size())
                    + " sáng kiến khác (xem bản Excel)", small, Element.ALIGN_LEFT);
            more.setColspan(6);
            table.addCell(more);
        }
        PdfPCell label = text("Tổng cộng: " + number(report.recognizedCount()) + " sáng kiến", smallBold,
                Element.ALIGN_LEFT);
        label.setColspan(4);
        table.addCell(label);
        table.addCell(text(number(report.recognizedValueVnd()), smallBold, Element.ALIGN_RIGHT));
        table.addCell(text("", smallBold, Element.ALIGN_LEFT));
        return table;
    }

    /** Registered and recognised initiatives over the snapshots, as two lines. */
    private Image chart(PdfWriter writer, List<ReviewReport.Progress> points) {
        float width = 450;
        float height = 170;
        float left = 50;
        float bottom = 30;
        float plotWidth = width - left - 10;
        float plotHeight = height - bottom - 25;
        long max = Math.max(1, points.stream().mapToLong(ReviewReport.Progress::registered).max().orElse(1));
        long first = points.get(0).at().toEpochMilli();
        long span = Math.max(1, points.get(points.size() - 1).at().toEpochMilli() - first);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        template.setColorStroke(RULE);
        template.setLineWidth(0.5f);
        template.moveTo(left, bottom);
        template.lineTo(left, bottom + plotHeight);
        template.moveTo(left, bottom);
        template.lineTo(left + plotWidth, bottom);
        template.stroke();
        for (boolean registered : new boolean[] {true, false}) {
            template.setColorStroke(registered ? REGISTERED : RECOGNIZED);
            template.setLineWidth(1.5f);
            for (int i = 0; i < points.size(); i++) {
                ReviewReport.Progress p = points.get(i);
                float x = left + plotWidth * (p.at().toEpochMilli() - first) / span;
                float y = bottom + plotHeight * (registered ? p.registered() : p.recognized()) / max;
                if (i == 0) {
                    template.moveTo(x, y);
                } else {
                    template.lineTo(x, y);
                }
            }
            template.stroke();
        }
        label(template, number(max), 4, bottom + plotHeight - 3, PdfContentByte.ALIGN_LEFT, RULE);
        label(template, "0", left - 6, bottom - 3, PdfContentByte.ALIGN_RIGHT, RULE);
        label(template, DAY.format(points.get(0).at().atZone(Moments.VIETNAM)), left, bottom - 14,
                PdfContentByte.ALIGN_LEFT, RULE);
        label(template, DAY.format(points.get(points.size() - 1).at().atZone(Moments.VIETNAM)), left + plotWidth,
                bottom - 14, PdfContentByte.ALIGN_RIGHT, RULE);
        label(template, "— Đăng ký", left + 10, height - 12, PdfContentByte.ALIGN_LEFT, REGISTERED);
        label(template, "— Được công nhận", left + 110, height - 12, PdfContentByte.ALIGN_LEFT, RECOGNIZED);
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private void label(PdfTemplate template, String text, float x, float y, int alignment, Color color) {
        template.beginText();
        template.setFontAndSize(small.getBaseFont(), 8);
        template.setColorFill(color);
        template.showTextAligned(alignment, text, x, y, 0);
        template.endText();
    }

    private PdfPTable signature(ReviewReport report) {
        PdfPTable table = borderless(new float[] {50, 50});
        table.setSpacingBefore(24);
        table.setKeepTogether(true);
        PdfPCell left = cell(Element.ALIGN_LEFT);
        left.addElement(new Paragraph("Nơi nhận:", PdfFonts.font(PdfFonts.SERIF_BOLD, 10)));
        if (report.superiorName() != null) {
            left.addElement(new Paragraph("- " + report.superiorName() + " (để báo cáo);", small));
        }
        left.addElement(new Paragraph("- Lưu: VT.", small));
        PdfPCell right = cell(Element.ALIGN_CENTER);
        right.addElement(centered("TM. BAN THƯỜNG VỤ", bold));
        right.addElement(centered("CHỦ TỊCH", bold));
        right.addElement(centered("(Ký tên, đóng dấu)", italic));
        Paragraph space = new Paragraph(" ", regular);
        space.setSpacingBefore(48);
        right.addElement(space);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private void section(Document document, String heading) {
        Paragraph p = new Paragraph(heading, bold);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private void line(Document document, String text) {
        Paragraph p = new Paragraph(text, regular);
        p.setFirstLineIndent(28);
        p.setSpacingAfter(2);
        document.add(p);
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = text(h, smallBold, Element.ALIGN_CENTER);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        return table;
    }

    /** A totals row: "Tổng cộng" over the first {@code span} columns, then the values. */
    private void total(PdfPTable table, int span, String... values) {
        PdfPCell label = text("Tổng cộng", smallBold, Element.ALIGN_CENTER);
        label.setColspan(span);
        table.addCell(label);
        for (String v : values) {
            table.addCell(text(v, smallBold, Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell text(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPTable borderless(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(new Chunk(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }
}
