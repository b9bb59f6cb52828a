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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.sangkien.initiative.boundary.FieldCatalog;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.reporting.control.PdfFonts;
import vn.sangkien.view.Faces;

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

    @Inject
    InitiativeRegistry registry;
    @Inject
    FieldCatalog fields;

    public StreamedContent xlsx(InitiativeFilter filter) {
        String[] headers = headers();
        Locale locale = Faces.locale();
        return DefaultStreamedContent.builder().name("sang-kien.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> writeXlsx(filter, headers, locale, out)).build();
    }

    public StreamedContent pdf(InitiativeFilter filter) {
        String[] headers = headers();
        Locale locale = Faces.locale();
        String title = Faces.label("initiatives.export.title");
        return DefaultStreamedContent.builder().name("sang-kien.pdf").contentType("application/pdf")
                .writer(out -> writePdf(filter, headers, title, locale, out)).build();
    }

    void writeXlsx(InitiativeFilter filter, String[] headers, Locale locale, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Sang kien", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sáng kiến");
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
                sheet.style(0, c).bold().set();
            }
            int[] row = {1};
            forEachPage(filter, MAX_ROWS, page -> {
                for (InitiativeRow r : page) {
                    int n = row[0]++;
                    sheet.value(n, 0, r.getId());
                    sheet.value(n, 1, r.getTitle());
                    sheet.value(n, 2, r.getCampaignCode());
                    sheet.value(n, 3, r.getUnitCode());
                    sheet.value(n, 4, fieldName(r.getFieldCode(), locale));
                    sheet.value(n, 5, r.getStatus());
                    sheet.value(n, 6, r.getRegisteredAt());
                    if (r.getEstimatedValueVnd() != null) {
                        sheet.value(n, 7, r.getEstimatedValueVnd());
                    }
                }
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            sheet.width(1, 60);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writePdf(InitiativeFilter filter, String[] headers, String title, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        Font regular = PdfFonts.font(PdfFonts.SANS, 8);
        Font bold = PdfFonts.font(PdfFonts.SANS_BOLD, 8);
        document.add(new Paragraph(title + " — " + InitiativeRow.DATE_TIME.format(Instant.now()),
                PdfFonts.font(PdfFonts.SANS_BOLD, 12)));
        PdfPTable table = new PdfPTable(new float[] {5, 30, 11, 10, 14, 9, 10, 11});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, bold));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        forEachPage(filter, PDF_MAX_ROWS, page -> {
            for (InitiativeRow r : page) {
                table.addCell(new Phrase(String.valueOf(r.getId()), regular));
                table.addCell(new Phrase(r.getTitle(), regular));
                table.addCell(new Phrase(r.getCampaignCode(), regular));
                table.addCell(new Phrase(r.getUnitCode(), regular));
                table.addCell(new Phrase(fieldName(r.getFieldCode(), locale), regular));
                table.addCell(new Phrase(r.getStatus(), regular));
                table.addCell(new Phrase(r.getRegisteredAt(), regular));
                PdfPCell value = new PdfPCell(new Phrase(r.getEstimatedValueVnd() == null ? ""
                        : String.format(Locale.GERMANY, "%,d", r.getEstimatedValueVnd()), regular));
                value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(value);
            }
        });
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
            Faces.label("initiative.campaign"), Faces.label("initiative.unit"), Faces.label("initiative.field"),
            Faces.label("initiative.status"), Faces.label("initiative.registeredAt"), Faces.label("initiative.value")};
    }

    private String fieldName(String code, Locale locale) {
        return code == null ? "" : fields.nameOf(code, locale);
    }
}
