package vn.sangkien.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sangkien.reporting.entity.FieldFigures;
import vn.sangkien.reporting.entity.RecognizedInitiative;
import vn.sangkien.reporting.entity.ReviewReport;

/** The workbook's form: sheets, A4, print areas, frozen header rows, formulas, and text that stays text. */
class ReviewReportXlsxTest {

    @TempDir
    Path directory;

    static ReviewReport report() {
        return new ReviewReport(false, "Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh Kiên Giang",
                "Rạch Giá", "Đợt thi đua 40 ngày cao điểm", "KG-40N", "40 ngày cao điểm", null, Instant.parse("2026-05-31T03:00:00Z"),
                LocalDate.of(2026, 5, 31), 100, 42, 7, new BigDecimal("42.0"), 10, 6, new BigDecimal("60.0"),
                List.of(new ReviewReport.Member("KG-RG", "LĐLĐ thành phố Rạch Giá", null, 30, 5, 6, 4,
                                new BigDecimal("66.7"), 1, true),
                        new ReviewReport.Member("KG-PQ", "LĐLĐ thành phố Phú Quốc", null, 12, 2, 4, 2,
                                new BigDecimal("50.0"), 2, false)),
                List.of(new FieldFigures("DIGITAL", "Chuyển đổi số", 40, 7), new FieldFigures("OTHER", "Lĩnh vực khác", 2, 0)),
                List.of(new RecognizedInitiative(9, "=HYPERLINK(\"http://x\",\"bấm\")", "KG-RG-001", "CĐCS Điện lực",
                        "Chuyển đổi số", 1_000_000L, "QĐ-1", LocalDate.of(2026, 5, 2))),
                1, 1_000_000, List.of());
    }

    @Test
    void every_sheet_is_a4_with_a_print_area_and_its_header_row_frozen_and_totals_are_formulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewReportXlsx.write(report(), out);
        Map<String, String> parts = unzip(out.toByteArray());

        String workbook = parts.get("xl/workbook.xml");
        for (String sheet : new String[] {"Báo cáo", "Theo đơn vị", "Theo lĩnh vực", "Sáng kiến công nhận", "Tiến độ"}) {
            assertTrue(workbook.contains("name=\"" + sheet + "\""), sheet + " in " + workbook);
        }
        Matcher printAreas = Pattern.compile("<definedName[^>]*localSheetId=\"(\\d)\"[^>]*name=\"_xlnm.Print_Area\"")
                .matcher(workbook);
        int areas = 0;
        while (printAreas.find()) {
            areas++;
        }
        assertEquals(5, areas, "a print area per sheet: " + workbook);
        for (int i = 1; i <= 5; i++) {
            String sheet = parts.get("xl/worksheets/sheet" + i + ".xml");
            assertTrue(sheet.contains("paperSize=\"9\""), "A4: sheet " + i);
            if (i > 1) {
                assertTrue(sheet.matches("(?s).*<pane[^>]*ySplit=\"1\"[^>]*state=\"frozen\".*"), "frozen header: sheet " + i);
            }
        }
        String members = parts.get("xl/worksheets/sheet2.xml");
        assertTrue(members.contains("<f>SUM(E2:E3)</f>") && members.contains("<f>SUM(F2:F3)</f>"), members);
        String recognized = parts.get("xl/worksheets/sheet4.xml");
        assertTrue(recognized.contains("<f>SUM(G2:G2)</f>"), recognized);
        assertTrue(!recognized.contains("<f>HYPERLINK") && !recognized.contains("<f>=HYPERLINK"),
                "a title is never a formula: " + recognized);
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + recognized;
        assertTrue(strings.contains("=HYPERLINK(") && strings.contains("bấm"), strings);
        assertTrue(parts.get("xl/sharedStrings.xml").contains("Rạch Giá, ngày 31 tháng 5 năm 2026"), "place and date");
    }

    /** The writer escapes every letter beyond ASCII ({@code &#x1ecb;}): read back as the letters they are. */
    private static String decode(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    /** The workbook's parts (read from a file: the writer streams, so its entries' sizes come after them). */
    private Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.write(directory.resolve("report.xlsx"), bytes);
        Map<String, String> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), decode(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return parts;
    }
}
