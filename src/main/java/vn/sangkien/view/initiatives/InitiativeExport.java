package vn.sangkien.view.initiatives;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.sangkien.initiative.boundary.FieldCatalog;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.rest.MediaTypes;
import vn.sangkien.platform.text.VietnameseFormat;
import vn.sangkien.reporting.control.PdfFonts;
import vn.sangkien.view.Faces;
import vn.sangkien.view.Formats;
import vn.sangkien.view.OrganizationChoices;

/**
 * Exports of the initiatives table's current filter: xlsx streamed row by row (fastexcel flushes
 * each page of rows to the response), and PDF (OpenPDF, with an embedded Unicode font for the
 * Vietnamese text). Rows come page by page from the registry's list, never all in memory; an export
 * stops at {@value #MAX_ROWS} rows.
 */
@ApplicationScoped
public class InitiativeExport {

    static final int MAX_ROWS = 100_000;
    static final int PDF_MAX_ROWS = 5_000;
    private static final int PAGE = ListParameters.MAX_SIZE;
    /** The row of the column headers, below the title and the filter line. */
    private static final int HEADER_ROW = 3;
    private static final String MONEY = "#,##0 \"đ\"";

    @Inject
    InitiativeRegistry registry;
    @Inject
    FieldCatalog fields;
    @Inject
    OrganizationChoices organizations;

    public StreamedContent xlsx(InitiativeFilter filter) {
        Labels labels = labels(filter);
        return DefaultStreamedContent.builder().name("sang-kien.xlsx")
                .contentType(MediaTypes.XLSX)
                .writer(out -> writeXlsx(filter, labels, out)).build();
    }

    public StreamedContent pdf(InitiativeFilter filter) {
        Labels labels = labels(filter);
        return DefaultStreamedContent.builder().name("sang-kien.pdf").contentType("application/pdf")
                .writer(out -> writePdf(filter, labels, out)).build();
    }

    /**
     * What the file says beside the rows, in the user's language, read while the request has its
     * Faces context: the file is written after it.
     */
    record Labels(String title, String filterLine, String[] headers, Map<String, String> statuses, String total,
                  Locale locale) {

        String status(String code) {
            return statuses.getOrDefault(code, code);
        }
    }

    private Labels labels(InitiativeFilter filter) {
        Map<String, String> statuses = new HashMap<>();
        for (InitiativeStatus s : InitiativeStatus.values()) {
            statuses.put(s.name(), Faces.label("status." + s.name()));
        }
        List<String> parts = new ArrayList<>();
        part(parts, "initiative.campaign", filter.getCampaign());
        part(parts, "initiatives.filter.unit", organizations.label(filter.getUnit()));
        part(parts, "initiative.status", filter.getStatus() == null ? null : statuses.get(filter.getStatus()));
        part(parts, "initiative.field", filter.getField() == null ? null : fields.nameOf(filter.getField(), Faces.locale()));
        part(parts, "initiatives.filter.q", filter.getQ());
        String filterLine = Faces.label("export.filter") + ": " + (parts.isEmpty() ? Faces.label("export.filter.none")
                : String.join("; ", parts)) + " — " + Faces.label("export.madeAt") + " "
                + Formats.DATE_TIME.format(Instant.now());
        return new Labels(Faces.label("initiatives.export.title"), filterLine, headers(), statuses,
                Faces.label("export.total"), Faces.locale());
    }

    private static void part(List<String> parts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(Faces.label(labelKey) + " " + value);
        }
    }

    /**
     * The title and the filter line, the header row (frozen), a row per initiative (dates and money
     * as numbers with their formats) and a totals row of formulas. Text goes into text cells only.
     */
    void writeXlsx(InitiativeFilter filter, Labels labels, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Sang kien", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sáng kiến");
            sheet.value(0, 0, labels.title());
            sheet.style(0, 0).bold().fontSize(14).set();
            sheet.value(1, 0, labels.filterLine());
            sheet.style(1, 0).italic().set();
            String[] headers = labels.headers();
            for (int c = 0; c < headers.length; c++) {
                sheet.value(HEADER_ROW, c, headers[c]);
                sheet.style(HEADER_ROW, c).bold().fillColor("EEEEEE").wrapText(true).set();
            }
            sheet.freezePane(0, HEADER_ROW + 1);
            // Set before the first rows are flushed: the columns are written ahead of them.
            sheet.width(1, 60);
            sheet.width(3, 36);
            sheet.width(7, 17);
            sheet.width(8, 18);
            int[] row = {HEADER_ROW + 1};
            forEachPage(filter, MAX_ROWS, page -> {
                for (InitiativeRow r : page) {
                    int n = row[0]++;
                    sheet.value(n, 0, r.getId());
                    sheet.value(n, 1, r.getTitle());
                    sheet.value(n, 2, r.getCampaignCode());
                    sheet.value(n, 3, r.getUnitName());
                    sheet.value(n, 4, r.getUnitCode());
                    sheet.value(n, 5, fieldName(r.getFieldCode(), labels.locale()));
                    sheet.value(n, 6, labels.status(r.getStatus()));
                    sheet.value(n, 7, r.getRegisteredAtTime());
                    sheet.style(n, 7).format("dd/mm/yyyy hh:mm").set();
                    if (r.getEstimatedValueVnd() != null) {
                        sheet.value(n, 8, r.getEstimatedValueVnd());
                        sheet.style(n, 8).format(MONEY).set();
                    }
                }
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            int last = row[0];
            sheet.value(last, 1, labels.total());
            sheet.style(last, 1).bold().set();
            int first = HEADER_ROW + 2;
            sheet.formula(last, 0, last < first ? "0" : "COUNT(A" + first + ":A" + last + ")");
            sheet.formula(last, 8, last < first ? "0" : "SUM(I" + first + ":I" + last + ")");
            sheet.style(last, 0).bold().set();
            sheet.style(last, 8).bold().format(MONEY).set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writePdf(InitiativeFilter filter, Labels labels, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        Font regular = PdfFonts.font(PdfFonts.SANS, 8);
        Font bold = PdfFonts.font(PdfFonts.SANS_BOLD, 8);
        document.add(new Paragraph(labels.title(), PdfFonts.font(PdfFonts.SANS_BOLD, 12)));
        document.add(new Paragraph(labels.filterLine(), regular));
        String[] headers = labels.headers();
        PdfPTable table = new PdfPTable(new float[] {5, 28, 10, 16, 8, 12, 9, 10, 11});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, bold));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        long[] totals = new long[2];
        forEachPage(filter, PDF_MAX_ROWS, page -> {
            for (InitiativeRow r : page) {
                table.addCell(new Phrase(String.valueOf(r.getId()), regular));
                table.addCell(new Phrase(r.getTitle(), regular));
                table.addCell(new Phrase(r.getCampaignCode(), regular));
                table.addCell(new Phrase(r.getUnitName(), regular));
                table.addCell(new Phrase(r.getUnitCode(), regular));
                table.addCell(new Phrase(fieldName(r.getFieldCode(), labels.locale()), regular));
                table.addCell(new Phrase(labels.status(r.getStatus()), regular));
                table.addCell(new Phrase(r.getRegisteredAt(), regular));
                PdfPCell value = new PdfPCell(new Phrase(r.getEstimatedValueVnd() == null ? ""
                        : VietnameseFormat.money(r.getEstimatedValueVnd()), regular));
                value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(value);
                totals[0]++;
                totals[1] += r.getEstimatedValueVnd() == null ? 0 : r.getEstimatedValueVnd();
            }
        });
        PdfPCell total = new PdfPCell(new Phrase(labels.total() + ": " + VietnameseFormat.number(totals[0]), bold));
        total.setColspan(8);
        table.addCell(total);
        PdfPCell sum = new PdfPCell(new Phrase(VietnameseFormat.money(totals[1]), bold));
        sum.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(sum);
        document.add(table);
        document.close();
    }

    /** Pages of the filter's rows, newest first, until {@code max} rows. */
    private void forEachPage(InitiativeFilter filter, int max, Consumer<List<InitiativeRow>> consumer) {
        for (int page = 0; page * PAGE < max; page++) {
            List<InitiativeRow> rows = registry.list(filter.getCampaign(), filter.getUnit(), filter.getStatus(),
                            filter.getQ(), filter.getField(), InitiativeRegistry.Sort.NEWEST,
                            new ListParameters(String.valueOf(page), String.valueOf(PAGE)), false)
                    .items().stream().map(i -> new InitiativeRow(i, registry.seesAllOf(i))).toList();
            consumer.accept(rows);
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    private String[] headers() {
        return new String[] {Faces.label("initiative.id"), Faces.label("initiative.title"),
            Faces.label("initiative.campaign"), Faces.label("initiative.unit"), Faces.label("export.unitCode"),
            Faces.label("initiative.field"), Faces.label("initiative.status"), Faces.label("initiative.registeredAt"),
            Faces.label("initiative.value")};
    }

    private String fieldName(String code, Locale locale) {
        return code == null ? "" : fields.nameOf(code, locale);
    }
}
