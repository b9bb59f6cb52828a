package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;
import static vn.sangkien.support.Json2.text;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.reporting.control.ReviewReportPdfTest;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;

/**
 * The review reports (docs/api.md, "Paperwork") reconciled cell by cell with the summaries and
 * with figures the test computes from the initiatives it made at random (the seed is printed), not
 * from figures written by hand.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Bao-cao-" + s + "-2026";
    static final String P = "RP-" + S, D1 = "RD1-" + S, D2 = "RD2-" + S, G11 = "RG11-" + S, G12 = "RG12-" + S,
            G21 = "RG21-" + S, G01 = "RG01-" + S, Q = "RQ-" + S, C = "RC-" + S, K = "RK-" + S;
    static final String P_NAME = "Liên đoàn Lao động tỉnh Báo Cáo " + S;
    static final String FED = "bc.fed." + s, COUNCIL = "bc.council." + s, OUTSIDER = "bc.outsider." + s;
    static final List<String> UNITS = List.of(G11, G12, G21, G01);
    static final List<String> FIELDS = List.of("TECHNOLOGY", "DIGITAL", "HEALTH", "SAFETY");
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "VERIFIED", "RECOGNIZED", "RECOGNIZED",
            "WITHDRAWN", "REJECTED");
    static final long SEED = S.hashCode();

    /** What the test made: the truth the reports are reconciled with. */
    record Made(String id, String unit, String field, Long valueVnd, String status) {

        boolean registered() {
            return !status.equals("DRAFT") && !status.equals("WITHDRAWN");
        }

        boolean recognized() {
            return status.equals("RECOGNIZED");
        }
    }

    static final List<Made> MADE = new ArrayList<>();
    private static final Once FIXTURE = new Once();

    Api as(String username) {
        return Api.at(base).as(username, PASSWORD);
    }

    void fixture() {
        FIXTURE.make(() -> {
            Api admin = Api.at(base).as("admin", Deployments.adminPassword());
            admin.post("organizations", obj("code", P, "name", P_NAME, "level", "PROVINCE", "parentCode", "TLD",
                    "place", "Rạch Giá").build()).expect(201);
            Fixtures.organization(admin, D1, "Liên đoàn Lao động huyện Một " + S, "DISTRICT", P).expect(201);
            Fixtures.organization(admin, D2, "Công đoàn ngành Y tế " + S, "DISTRICT", P).expect(201);
            Fixtures.organization(admin, G11, "CĐCS Công ty Điện lực " + S, "GRASSROOTS", D1).expect(201);
            Fixtures.organization(admin, G12, "CĐCS Trường Tiểu học Hòa Bình " + S, "GRASSROOTS", D1).expect(201);
            Fixtures.organization(admin, G21, "CĐCS Bệnh viện Đa khoa " + S, "GRASSROOTS", D2).expect(201);
            Fixtures.organization(admin, G01, "CĐCS Cơ quan Liên đoàn " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, Q, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.user(admin, FED, PASSWORD, P, "FEDERATION_OFFICER").expect(201);
            Fixtures.user(admin, COUNCIL, PASSWORD, P, "REVIEWER").expect(201);
            Fixtures.user(admin, OUTSIDER, PASSWORD, Q, "FEDERATION_OFFICER").expect(201);
            Api fed = as(FED);
            Fixtures.campaign(fed, Fixtures.campaignBody(C, P, null, instantIn(-86_400), instantIn(30 * 86_400))
                    .add("name", "Phong trào thi đua lao động sáng tạo " + S).add("targetInitiatives", 20)).expect(201);
            fed.post("clusters", obj("code", K, "name", "Cụm thi đua số 1 " + S, "organizerCode", P,
                    "memberCodes", arr(D1, D2)).build()).expect(201);
            fed.post("clusters/" + K + "/pacts", obj("campaignCode", C, "signedOn", "2026-01-15",
                    "targetInitiatives", 10, "memberTargets", arr(obj("unitCode", D1, "targetInitiatives", 3)))
                    .build()).expect(201);
            Random random = new Random(SEED);
            System.out.println("ReportIT: initiatives drawn with seed " + SEED);
            for (int i = 0; i < 24; i++) {
                MADE.add(make(fed, i, UNITS.get(random.nextInt(UNITS.size())),
                        FIELDS.get(random.nextInt(FIELDS.size())),
                        random.nextInt(4) == 0 ? null : 1_000_000L * (1 + random.nextInt(900)),
                        STATUSES.get(random.nextInt(STATUSES.size()))));
            }
        });
    }

    private Made make(Api fed, int n, String unit, String field, Long value, String status) {
        boolean draft = status.equals("DRAFT");
        JsonObject created = fed.post("initiatives", obj("campaignCode", C, "unitCode", unit,
                "title", "=HYPERLINK(\"http://x\",\"Sáng kiến số " + n + "\") — " + S, "field", field,
                "summary", "Tóm tắt sáng kiến.", "estimatedValueVnd", value, "submit", !draft,
                "authors", arr(obj("fullName", "Nguyễn Thị Hạnh"))).build()).expect(201).json();
        String id = text(created.get("id"));
        switch (status) {
            case "DRAFT", "SUBMITTED" -> { }
            case "VERIFIED" -> act(fed, id, "VERIFY");
            case "RECOGNIZED" -> {
                act(fed, id, "VERIFY");
                act(as(COUNCIL), id, "RECOGNIZE");
            }
            case "WITHDRAWN" -> act(fed, id, "WITHDRAW");
            case "REJECTED" -> act(fed, id, "REJECT");
            default -> throw new IllegalArgumentException(status);
        }
        return new Made(id, unit, field, value, status);
    }

    private static void act(Api api, String id, String action) {
        api.post("initiatives/" + id + "/transitions", obj("action", action, "comment", "Lý do " + action,
                "decisionNumber", action.equals("RECOGNIZE") ? "QĐ-" + id : null).build()).expect(200);
    }

    // ============================================================ the truth, from what was made

    private static long count(Predicate<Made> which) {
        return MADE.stream().filter(which).count();
    }

    private static Set<String> under(String member) {
        return switch (member.substring(0, member.indexOf('-'))) {
            case "RD1" -> Set.of(G11, G12);
            case "RD2" -> Set.of(G21);
            default -> Set.of(member);
        };
    }

    private static long covered(Set<String> units) {
        return units.stream().filter(u -> count(m -> m.unit().equals(u) && m.registered()) > 0).count();
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    // ============================================================ the reports

    @Test
    void the_campaign_report_in_xlsx_holds_the_summary_figures_cell_by_cell() throws IOException {
        fixture();
        JsonObject summary = as(FED).get("campaigns/" + C + "/summary").expect(200).json();
        long registered = count(Made::registered);
        long recognized = count(Made::recognized);
        assertEquals(registered, summary.getJsonNumber("registered").longValue(), "the summary is right: " + summary);
        assertEquals(recognized, summary.getJsonNumber("recognized").longValue());
        Response xlsx = as(FED).get("campaigns/" + C + "/report?format=xlsx").expect(200);
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                xlsx.contentType());
        assertTrue(xlsx.header("Content-Disposition").orElse("").contains("bao-cao-" + C + ".xlsx"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> overview = workbook.getSheet(0).orElseThrow().read();
            Map<String, Cell> figures = figures(overview);
            assertEquals(P_NAME.toUpperCase(Locale.forLanguageTag("vi")), row(overview, 1).getCell(0).getText());
            assertEquals("BÁO CÁO SƠ KẾT", row(overview, 4).getCell(0).getText());
            assertNumber(registered, figures.get("Số sáng kiến đã đăng ký"));
            assertNumber(20, figures.get("Chỉ tiêu (sáng kiến)"));
            assertNumber(summary.getJsonNumber("percentOfTarget").bigDecimalValue(), figures.get("Tỷ lệ đạt chỉ tiêu (%)"));
            assertNumber(recognized, figures.get("Số sáng kiến được công nhận"));
            assertNumber(4, figures.get("Số công đoàn cơ sở"));
            assertNumber(covered(new HashSet<>(UNITS)), figures.get("Số công đoàn cơ sở có sáng kiến"));
            assertNumber(summary.getJsonNumber("coveragePercent").bigDecimalValue(),
                    figures.get("Tỷ lệ công đoàn cơ sở có sáng kiến (%)"));
            long value = MADE.stream().filter(Made::recognized).mapToLong(m -> m.valueVnd() == null ? 0 : m.valueVnd())
                    .sum();
            assertNumber(value, figures.get("Giá trị làm lợi ước tính của sáng kiến được công nhận"));

            // Per member unit: the province's direct subordinates D1, D2 and G01.
            List<Row> members = workbook.getSheet(1).orElseThrow().read();
            assertEquals("Đăng ký", members.get(0).getCell(4).getText());
            Map<String, Row> byUnit = new HashMap<>();
            for (Row row : members.subList(1, members.size() - 1)) {
                byUnit.put(row.getCell(1).getText(), row);
            }
            assertEquals(Set.of(D1, D2, G01), byUnit.keySet());
            for (String member : List.of(D1, D2, G01)) {
                Set<String> units = under(member);
                Row row = byUnit.get(member);
                assertNumber(count(m -> units.contains(m.unit()) && m.registered()), row.getCell(4));
                assertNumber(count(m -> units.contains(m.unit()) && m.recognized()), row.getCell(5));
                assertNumber(units.size(), row.getCell(6));
                assertNumber(covered(units), row.getCell(7));
            }
            assertTotals(members, 4, 5, 6, 7);

            // Per field of application.
            List<Row> fields = workbook.getSheet(2).orElseThrow().read();
            Map<String, long[]> expected = new LinkedHashMap<>();
            for (Made m : MADE) {
                if (m.registered()) {
                    long[] f = expected.computeIfAbsent(m.field(), k -> new long[2]);
                    f[0]++;
                    f[1] += m.recognized() ? 1 : 0;
                }
            }
            Map<String, long[]> found = new HashMap<>();
            for (Row row : fields.subList(1, fields.size() - 1)) {
                found.put(row.getCell(1).getText(), new long[] {number(row.getCell(3)), number(row.getCell(4))});
            }
            assertEquals(expected.keySet(), found.keySet());
            expected.forEach((field, f) -> assertEquals(List.of(f[0], f[1]), List.of(found.get(field)[0],
                    found.get(field)[1]), field));
            assertTotals(fields, 3, 4);

            // The recognised initiatives, their values, and titles kept as text, never as formulas.
            List<Row> listed = workbook.getSheet(3).orElseThrow().read();
            Map<String, Long> values = new HashMap<>();
            for (Row row : listed.subList(1, listed.size() - 1)) {
                assertEquals(CellType.STRING, row.getCell(2).getType(), "a title is text");
                assertTrue(row.getCell(2).getText().startsWith("=HYPERLINK("), row.getCell(2).getText());
                Cell v = row.getCell(6);
                values.put(String.valueOf(number(row.getCell(1))),
                        v == null || v.getType() == CellType.EMPTY ? null : number(v));
            }
            Map<String, Long> expectedValues = new HashMap<>();
            MADE.stream().filter(Made::recognized).forEach(m -> expectedValues.put(m.id(), m.valueVnd()));
            assertEquals(expectedValues, values);
            assertTotals(listed, 6);
        }
    }

    @Test
    void the_cluster_report_holds_the_cluster_summary_and_its_ranking() throws IOException {
        fixture();
        JsonObject summary = as(FED).get("clusters/" + K + "/summary?campaign=" + C).expect(200).json();
        Set<String> units = Set.of(G11, G12, G21);
        assertEquals(count(m -> units.contains(m.unit()) && m.registered()),
                summary.getJsonNumber("registered").longValue(), summary.toString());
        Response xlsx = as(FED).get("clusters/" + K + "/report?campaign=" + C + "&format=xlsx").expect(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Map<String, Cell> figures = figures(workbook.getSheet(0).orElseThrow().read());
            assertNumber(summary.getJsonNumber("registered").longValue(), figures.get("Số sáng kiến đã đăng ký"));
            assertNumber(summary.getJsonNumber("recognized").longValue(), figures.get("Số sáng kiến được công nhận"));
            assertNumber(10, figures.get("Chỉ tiêu (sáng kiến)"));
            assertNumber(3, figures.get("Số công đoàn cơ sở"));
            List<Row> members = workbook.getSheet(1).orElseThrow().read();
            Map<String, JsonObject> ranked = summary.getJsonArray("members").stream().map(v -> v.asJsonObject())
                    .collect(Collectors.toMap(m -> m.getString("unitCode"), m -> m));
            for (Row row : members.subList(1, members.size() - 1)) {
                JsonObject m = ranked.get(row.getCell(1).getText());
                assertNumber(m.getJsonNumber("registered").longValue(), row.getCell(4));
                assertNumber(m.getJsonNumber("recognized").longValue(), row.getCell(5));
                assertNumber(m.getInt("rank"), row.getCell(9));
                assertEquals(m.getString("unitCode").equals(summary.getString("leaderUnitCode", "")) ? "Dẫn đầu" : "",
                        row.getCell(10) == null ? "" : row.getCell(10).getText());
            }
            assertEquals(2, members.size() - 2, "one line per member");
            assertNumber(3, members.stream().filter(r -> D1.equals(r.getCell(1).getText())).findFirst().orElseThrow()
                    .getCell(3));
        }
    }

    @Test
    void the_pdf_is_a_union_document_with_the_same_figures() throws IOException {
        fixture();
        Response pdf = as(FED).get("campaigns/" + C + "/report").expect(200);
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String all = ReviewReportPdfTest.text(pdf.bytes());
        assertTrue(all.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && all.contains("Độc lập - Tự do - Hạnh phúc"), all);
        assertTrue(all.contains(P_NAME.toUpperCase(Locale.forLanguageTag("vi"))), all);
        assertTrue(all.contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"), "the superior above the issuer: " + all);
        assertTrue(all.contains("BÁO CÁO SƠ KẾT"), all);
        assertTrue(all.contains("Rạch Giá, ngày "), "the issuer's place before the date: " + all);
        assertTrue(all.contains("Số sáng kiến đã đăng ký: " + count(Made::registered) + " / chỉ tiêu 20"), all);
        assertTrue(all.contains("TM. BAN THƯỜNG VỤ"), all);
    }

    @Test
    void refusals_and_the_final_review_of_a_closed_campaign() throws IOException {
        fixture();
        as(FED).get("campaigns/" + C + "/report?format=docx").expect(400).expectInvalid("format");
        as(OUTSIDER).get("campaigns/" + C + "/report").expect(404).assertProblem();
        as(FED).get("clusters/" + K + "/report?campaign=KHONG-CO").expect(400).assertProblem();
        Api.at(base).get("campaigns/" + C + "/report").expect(401);

        String closed = "RF-" + S;
        Fixtures.campaign(as(FED), Fixtures.campaignBody(closed, P, null, instantIn(-86_400), instantIn(86_400))
                .add("name", "Đợt đã kết thúc " + S)).expect(201);
        as(FED).post("initiatives", obj("campaignCode", closed, "unitCode", G11, "title", "Sáng kiến cuối đợt " + S,
                "field", "DIGITAL", "summary", "Tóm tắt.", "authors", arr(obj("fullName", "Lê Văn Tâm"))).build())
                .expect(201);
        as(FED).post("campaigns/" + closed + "/close", obj().build()).expect(200);
        JsonObject summary = as(FED).get("campaigns/" + closed + "/summary").expect(200).json();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                as(FED).get("campaigns/" + closed + "/report?format=xlsx").expect(200).bytes()))) {
            List<Row> overview = workbook.getSheet(0).orElseThrow().read();
            assertEquals("BÁO CÁO TỔNG KẾT", row(overview, 4).getCell(0).getText());
            assertNumber(summary.getJsonNumber("registered").longValue(), figures(overview).get("Số sáng kiến đã đăng ký"));
            assertNumber(1, figures(overview).get("Số sáng kiến đã đăng ký"));
        }
    }

    // ============================================================ reading the workbook

    /** The row of this index (from 0): the reader leaves empty rows out of its list. */
    private static Row row(List<Row> rows, int index) {
        return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst().orElseThrow();
    }

    /** The overview's figures by their label. */
    private static Map<String, Cell> figures(List<Row> overview) {
        Map<String, Cell> figures = new HashMap<>();
        for (Row row : overview) {
            if (row.getCellCount() >= 2 && row.getCell(0) != null && row.getCell(0).getType() == CellType.STRING
                    && row.getCell(1) != null) {
                figures.put(row.getCell(0).getText(), row.getCell(1));
            }
        }
        return figures;
    }

    /** The last row sums each column over the rows between the header and itself, as a formula. */
    private static void assertTotals(List<Row> rows, int... columns) {
        Row last = rows.get(rows.size() - 1);
        int lastRow = rows.size() - 1;
        for (int c : columns) {
            Cell total = last.getCell(c);
            assertEquals(CellType.FORMULA, total.getType(), "a total is a formula: " + total);
            String column = String.valueOf((char) ('A' + c));
            assertEquals("SUM(" + column + "2:" + column + lastRow + ")", total.getFormula());
        }
    }

    private static void assertNumber(long expected, Cell cell) {
        assertNumber(BigDecimal.valueOf(expected), cell);
    }

    private static void assertNumber(BigDecimal expected, Cell cell) {
        assertEquals(CellType.NUMBER, cell.getType(), "a number as a number: " + cell);
        assertEquals(0, expected.compareTo(cell.asNumber()), expected + " against " + cell.asNumber());
    }

    private static long number(Cell cell) {
        assertEquals(CellType.NUMBER, cell.getType(), "a number as a number: " + cell);
        return cell.asNumber().longValueExact();
    }
}
