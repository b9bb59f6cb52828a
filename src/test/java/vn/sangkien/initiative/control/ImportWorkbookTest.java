package vn.sangkien.initiative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sangkien.initiative.control.ImportWorkbook.Column;
import vn.sangkien.initiative.control.ImportWorkbook.ImportRow;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.support.ImportFiles;

class ImportWorkbookTest {

    static final UnaryOperator<String> FIELDS = text -> text.equalsIgnoreCase("Công nghệ") ? "TECHNOLOGY" : text;

    @TempDir
    Path dir;

    Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".xlsx"), bytes);
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    List<ImportRow> read(List<List<Object>> rows) throws IOException {
        return ImportWorkbook.read(file(ImportFiles.xlsx(rows)), FIELDS);
    }

    BusinessException refusal(byte[] bytes) throws IOException {
        Path upload = file(bytes);
        return assertThrows(BusinessException.class, () -> ImportWorkbook.read(upload, FIELDS));
    }

    @Test
    void reads_each_column_as_the_contract_says_and_numbers_rows_as_the_sheet_does() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("R-1", "PT-1", "CD-1", "Máy cắt ống tự động", "Công nghệ", "Tóm tắt", "Giải pháp", "Hiệu quả",
                LocalDate.of(2022, 5, 31), 1_500_000, "Nguyễn Văn A (60 %); Trần Thị B (40)", "Không"));
        rows.add(null);
        rows.add(row(1001, " PT-1 ", "CD-2", "Sổ tay an toàn", "SAFETY", "Tóm tắt", null, null, "01/06/2022",
                "2.000.000 đ", "Lê Văn C", null));
        List<ImportRow> read = read(rows);
        assertEquals(2, read.size());
        ImportRow first = read.get(0);
        assertEquals(2, first.number());
        assertEquals("R-1", first.clientReference());
        assertEquals("PT-1", first.campaignCode());
        assertEquals("CD-1", first.unitCode());
        assertEquals("Máy cắt ống tự động", first.content().title());
        assertEquals("TECHNOLOGY", first.content().fieldCode());
        assertEquals("Giải pháp", first.content().solution());
        assertEquals("Hiệu quả", first.content().benefits());
        assertEquals(LocalDate.of(2022, 5, 31), first.content().appliedFrom());
        assertEquals(1_500_000L, first.content().estimatedValueVnd());
        assertEquals(2, first.content().authors().size());
        assertEquals("Nguyễn Văn A", first.content().authors().get(0).getFullName());
        assertEquals(0, new BigDecimal("60").compareTo(first.content().authors().get(0).getSharePercent()));
        assertEquals("Trần Thị B", first.content().authors().get(1).getFullName());
        assertFalse(first.submit());
        assertTrue(first.violations().isEmpty());
        assertEquals("31/05/2022", first.texts().get(Column.APPLIED_FROM.ordinal()));
        ImportRow second = read.get(1);
        assertEquals(4, second.number(), "the empty row 3 is skipped, not renumbered");
        assertEquals("1001", second.clientReference(), "a number typed as reference is its text");
        assertEquals("PT-1", second.campaignCode());
        assertEquals(LocalDate.of(2022, 6, 1), second.content().appliedFrom());
        assertEquals(2_000_000L, second.content().estimatedValueVnd());
        assertNull(second.content().authors().get(0).getSharePercent());
        assertTrue(second.submit(), "submit defaults to Có");
        assertTrue(second.violations().isEmpty());
    }

    @Test
    void a_rows_own_mistakes_are_named_by_field_and_leave_the_other_rows_alone() throws IOException {
        List<ImportRow> read = read(List.of(
                row("R-1", "PT", "CD", "Tên đủ dài", "X", "Tóm tắt", null, null, "31/02/2022", "một triệu", "A B", "Có lẽ"),
                row("R-2", "PT", "CD", "Tên đủ dài", "X", "Tóm tắt", null, null, null, 1.5, "A B", "x")));
        Violations first = read.get(0).violations();
        assertTrue(first.has("appliedFrom"));
        assertTrue(first.has("estimatedValueVnd"));
        assertTrue(first.has("submit"));
        assertEquals(3, first.errors().size());
        assertTrue(read.get(1).violations().has("estimatedValueVnd"), "đồng are whole");
        assertEquals(1, read.get(1).violations().errors().size());
    }

    @Test
    void a_formula_anywhere_refuses_the_whole_file_naming_its_cells() throws IOException {
        BusinessException formula = refusal(ImportFiles.xlsx(List.of(
                row("R-1", "PT", "CD", "Tên đủ dài"),
                row("R-2", "PT", "CD", new ImportFiles.Formula("HYPERLINK(\"http://x\",\"bấm\")")))));
        assertEquals(BusinessException.Kind.VALIDATION, formula.kind());
        assertEquals("import.file.formulas", formula.messageKey());
        assertEquals(List.of("D3"), formula.errors().stream().map(BusinessException.FieldError::field).toList());
        BusinessException typed = refusal(ImportFiles.xlsx(List.of(
                row("R-1", "PT", "CD", "=HYPERLINK(\"http://x\",\"bấm\")"))));
        assertEquals(List.of("D2"), typed.errors().stream().map(BusinessException.FieldError::field).toList());
    }

    @Test
    void what_is_not_an_xlsx_is_refused_before_it_is_read() throws IOException {
        assertEquals("import.file.notXlsx", refusal("Mã tham chiếu;Tên\nR-1;x".getBytes()).messageKey());
        assertEquals(BusinessException.Kind.UNSUPPORTED_MEDIA_TYPE, refusal(new byte[0]).kind());
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("import.file.xls", refusal(ole2).messageKey());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            out.write("<w/>".getBytes());
        }
        assertEquals("import.file.notXlsx", refusal(zip.toByteArray()).messageKey());
        byte[] cut = ImportFiles.xlsx(List.of(row("R-1")));
        assertEquals("import.file.notXlsx", refusal(Arrays.copyOf(cut, cut.length / 2)).messageKey());
    }

    @Test
    void a_zip_bomb_is_refused_by_what_it_inflates_to() throws IOException {
        byte[] bomb = ImportFiles.bomb(16);
        assertTrue(bomb.length < 100_000, "16 MiB of zeros deflate to " + bomb.length + " bytes");
        BusinessException refused = refusal(bomb);
        assertEquals(BusinessException.Kind.TOO_LARGE, refused.kind());
        assertEquals("import.file.bomb", refused.messageKey());
    }

    @Test
    void five_thousand_rows_are_read_and_one_more_refuses_the_file() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ImportWorkbook.MAX_ROWS; i++) {
            rows.add(row("R-" + i, "PT", "CD", "Sáng kiến số " + i, "SAFETY", "Tóm tắt", null, null, null, i, "A B"));
        }
        assertEquals(ImportWorkbook.MAX_ROWS, read(rows).size());
        rows.add(row("R-last", "PT"));
        BusinessException refused = refusal(ImportFiles.xlsx(rows));
        assertEquals(BusinessException.Kind.TOO_LARGE, refused.kind());
        assertEquals("import.rows.tooMany", refused.messageKey());
    }

    @Test
    void the_template_has_the_contracts_columns_and_reads_back_as_no_rows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportWorkbook.writeTemplate(out, List.<String[]>of(new String[] {"SAFETY", "An toàn lao động"}));
        Path template = file(out.toByteArray());
        try (ReadableWorkbook workbook = new ReadableWorkbook(template.toFile())) {
            Row header = workbook.getFirstSheet().read().get(0);
            for (Column c : Column.values()) {
                assertEquals(c.header, header.getCellText(c.ordinal()));
            }
            assertEquals("Mã tham chiếu", header.getCellText(0));
            List<Row> help = workbook.findSheet("Hướng dẫn").orElseThrow().read();
            assertTrue(help.stream().anyMatch(r -> "SAFETY".equals(r.getCellText(0))
                    && "An toàn lao động".equals(r.getCellText(1))));
        }
        assertTrue(ImportWorkbook.read(template, FIELDS).isEmpty(), "its formatted empty rows are no rows");
    }

    @Test
    void the_report_writes_what_was_uploaded_as_text_with_the_result_and_errors_beside() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> texts = new ArrayList<>(java.util.Collections.nCopies(Column.values().length, null));
        texts.set(0, "R-1");
        texts.set(Column.TITLE.ordinal(), "=1+1 không phải công thức");
        ImportWorkbook.writeReport(out, List.of(new ImportWorkbook.ReportLine(texts, "Bị từ chối", null,
                "D · Tên sáng kiến: sai")), List.of("Kết quả", "Mã sáng kiến", "Lỗi"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(file(out.toByteArray()).toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Lỗi", rows.get(0).getCellText(Column.values().length + 2));
            Row line = rows.get(1);
            assertEquals("R-1", line.getCellText(0));
            assertEquals(CellType.STRING, line.getCell(Column.TITLE.ordinal()).getType());
            assertEquals("Bị từ chối", line.getCellText(Column.values().length));
            assertEquals("D · Tên sáng kiến: sai", line.getCellText(Column.values().length + 2));
        }
    }
}
