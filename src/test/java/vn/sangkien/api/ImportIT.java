package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.instantIn;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.ImportFiles;
import vn.sangkien.support.Once;

/**
 * The Excel import (docs/api.md, "Paperwork"): 5,000 rows with mistakes drawn at random (the seed is
 * printed) go through in one upload, each bad row answered by row and field, the good ones stored;
 * the same file again, as a multipart form, stores nothing more; files that are not spreadsheets,
 * zip bombs, formulas and too many rows are refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Nhap-excel-" + s + "-2026";
    static final String P = "IP-" + S, G1 = "IG1-" + S, G2 = "IG2-" + S, Q = "IQ-" + S, QG = "IQG-" + S,
            C = "IC-" + S, SMALL = "IS-" + S;
    static final String FED = "im.fed." + s, COUNCIL = "im.council." + s;
    static final long SEED = S.hashCode();
    private static final Once FIXTURE = new Once();

    Api as(String username) {
        return Api.at(base).as(username, PASSWORD);
    }

    void fixture() {
        FIXTURE.make(() -> {
            Api admin = Api.at(base).as("admin", Deployments.adminPassword());
            Fixtures.organization(admin, P, "Liên đoàn Lao động tỉnh Nhập " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, G1, "CĐCS Công ty Cấp nước " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, G2, "CĐCS Trường Mầm non " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, Q, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, QG, "CĐCS tỉnh khác " + S, "GRASSROOTS", Q).expect(201);
            Fixtures.user(admin, FED, PASSWORD, P, "FEDERATION_OFFICER").expect(201);
            Fixtures.user(admin, COUNCIL, PASSWORD, P, "REVIEWER").expect(201);
            for (String code : List.of(C, SMALL)) {
                Fixtures.campaign(as(FED), code, P, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
            }
        });
    }

    /** The mistakes a row may carry, with the field its refusal names. */
    enum Mistake {
        NONE(null), NO_TITLE("title"), UNKNOWN_FIELD("field"), BAD_DATE("appliedFrom"), BAD_VALUE("estimatedValueVnd"),
        SHARES_NOT_100("authors"), NO_AUTHORS("authors"), UNKNOWN_UNIT("unitCode"), NO_REFERENCE("clientReference"),
        /** Not drawn: the reference of an earlier row again. */
        REFERENCE_AGAIN("clientReference");

        static final List<Mistake> DRAWN = List.of(values()).subList(1, values().length - 1);

        final String field;

        Mistake(String field) {
            this.field = field;
        }
    }

    static List<Object> row(String campaign, int n, Mistake mistake) {
        return new ArrayList<>(Arrays.asList(
                mistake == Mistake.NO_REFERENCE ? null : "REF-" + n,
                campaign,
                mistake == Mistake.UNKNOWN_UNIT ? "KHONG-CO-" + S : n % 2 == 0 ? G1 : G2,
                mistake == Mistake.NO_TITLE ? null : "Sáng kiến nhập từ Excel số " + n,
                mistake == Mistake.UNKNOWN_FIELD ? "Lĩnh vực không có" : n % 3 == 0 ? "An toàn, vệ sinh lao động" : "DIGITAL",
                "Tóm tắt sáng kiến số " + n + ": giảm thời gian xử lý.",
                n % 5 == 0 ? "Giải pháp chi tiết." : null,
                null,
                mistake == Mistake.BAD_DATE ? "30/02/2023" : n % 4 == 0 ? LocalDate.of(2024, 1, 1 + n % 28) : "15/03/2024",
                mistake == Mistake.BAD_VALUE ? "nhiều tiền" : n % 7 == 0 ? (Object) (1_000_000L * n) : null,
                mistake == Mistake.SHARES_NOT_100 ? "Nguyễn Văn An (50); Trần Thị Bình (30)"
                        : mistake == Mistake.NO_AUTHORS ? null : "Nguyễn Văn An (60 %); Trần Thị Bình (40 %)",
                n % 11 == 0 ? "Không" : "Có"));
    }

    @Test
    void five_thousand_rows_go_in_one_upload_and_the_same_file_again_stores_nothing() throws IOException {
        fixture();
        Random random = new Random(SEED);
        System.out.println("ImportIT: mistakes drawn with seed " + SEED);
        List<List<Object>> rows = new ArrayList<>();
        Map<Integer, Mistake> mistakes = new HashMap<>();
        for (int n = 0; n < 5_000; n++) {
            Mistake mistake = random.nextInt(50) == 0 ? Mistake.DRAWN.get(random.nextInt(Mistake.DRAWN.size()))
                    : Mistake.NONE;
            mistakes.put(n + 2, mistake);
            rows.add(row(C, n, mistake));
        }
        // The last row repeats the reference of row 19 (in another batch of 500): refused as a
        // duplicate, unless row 19 has no reference.
        rows.set(4_999, row(C, 17, Mistake.NONE));
        mistakes.put(5_001, mistakes.get(19) == Mistake.NO_REFERENCE ? Mistake.NONE : Mistake.REFERENCE_AGAIN);
        byte[] file = ImportFiles.xlsx(rows);
        long good = mistakes.values().stream().filter(m -> m == Mistake.NONE).count();

        long started = System.nanoTime();
        JsonObject first = as(FED).sendBytes("POST", "initiatives/import", file, XLSX, Map.of()).expect(200).json();
        System.out.printf("ImportIT: 5,000 rows imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertEquals(5_000, first.getInt("rows"));
        assertEquals(good, first.getInt("created"));
        assertEquals(0, first.getInt("replayed"));
        assertEquals(5_000 - good, first.getInt("refused"));
        Set<Long> ids = new HashSet<>();
        for (JsonValue value : first.getJsonArray("results")) {
            JsonObject result = value.asJsonObject();
            int row = result.getInt("row");
            Mistake mistake = mistakes.get(row);
            if (mistake == Mistake.NONE) {
                assertEquals("created", result.getString("status"), result::toString);
                assertEquals(201, result.getInt("httpStatus"));
                assertTrue(ids.add(result.getJsonNumber("id").longValue()));
                assertFalse(result.containsKey("errors"));
            } else {
                assertEquals("refused", result.getString("status"), result::toString);
                assertFalse(result.containsKey("id"));
                assertTrue(fields(result).contains(mistake.field), () -> mistake + " in " + result);
                result.getJsonArray("errors").forEach(e -> assertFalse(e.asJsonObject().getString("message").isBlank()));
            }
            String reference = row == 5_001 ? "REF-17" : mistake == Mistake.NO_REFERENCE ? null : "REF-" + (row - 2);
            assertEquals(reference, result.isNull("clientReference") ? null : result.getString("clientReference"));
        }
        assertEquals(5_000, first.getJsonArray("results").size());
        assertEquals(good, total(C));
        JsonObject stored = as(FED).get("initiatives/" + ids.iterator().next()).expect(200).json();
        assertEquals(2, stored.getJsonArray("authors").size());

        started = System.nanoTime();
        JsonObject again = as(FED).sendBytes("POST", "initiatives/import", multipart(file), MULTIPART, Map.of())
                .expect(200).json();
        System.out.printf("ImportIT: the same 5,000 rows again (multipart) in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertEquals(5_000, again.getInt("rows"));
        assertEquals(0, again.getInt("created"));
        assertEquals(good, again.getInt("replayed"));
        assertEquals(5_000 - good, again.getInt("refused"));
        Set<Long> replayedIds = new HashSet<>();
        again.getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("status").equals("replayed"))
                .forEach(r -> replayedIds.add(r.getJsonNumber("id").longValue()));
        assertEquals(ids, replayedIds, "each row answers the initiative its first upload stored");
        assertEquals(good, total(C));
    }

    @Test
    void a_row_in_vietnamese_or_english_says_what_is_wrong_in_that_language() {
        fixture();
        byte[] file = ImportFiles.xlsx(List.of(row(SMALL, 90_001, Mistake.BAD_DATE), row(SMALL, 90_002, Mistake.UNKNOWN_UNIT)));
        JsonObject vi = as(FED).sendBytes("POST", "initiatives/import", file, XLSX, Map.of()).expect(200).json();
        JsonObject date = vi.getJsonArray("results").getJsonObject(0).getJsonArray("errors").getJsonObject(0);
        assertEquals("appliedFrom", date.getString("field"));
        assertEquals("I", date.getString("column"));
        assertTrue(date.getString("message").contains("dd/MM/yyyy"), date::toString);
        assertTrue(date.getString("message").startsWith("Ngày"), date::toString);
        JsonObject en = as(FED).lang("en").sendBytes("POST", "initiatives/import", file, XLSX, Map.of()).expect(200).json();
        assertTrue(en.getJsonArray("results").getJsonObject(0).getJsonArray("errors").getJsonObject(0)
                .getString("message").startsWith("The date"), en::toString);
        assertEquals(Set.of("unitCode"), fields(en.getJsonArray("results").getJsonObject(1)));
    }

    @Test
    void a_unit_of_another_province_is_refused_for_its_row_only() {
        fixture();
        List<Object> outside = row(SMALL, 80_001, Mistake.NONE);
        outside.set(2, QG);
        byte[] file = ImportFiles.xlsx(List.of(outside, row(SMALL, 80_002, Mistake.NONE)));
        JsonObject report = as(FED).sendBytes("POST", "initiatives/import", file, XLSX, Map.of()).expect(200).json();
        JsonObject refused = report.getJsonArray("results").getJsonObject(0);
        assertEquals("refused", refused.getString("status"), refused::toString);
        assertTrue(refused.getInt("httpStatus") >= 400 && refused.getInt("httpStatus") < 500);
        assertEquals("created", report.getJsonArray("results").getJsonObject(1).getString("status"));
        assertEquals(1, report.getInt("created"));
    }

    @Test
    void bad_files_are_refused_and_change_nothing() {
        fixture();
        long before = total(SMALL);
        Api fed = as(FED);
        List<Object> injected = row(SMALL, 70_001, Mistake.NONE);
        injected.set(3, new ImportFiles.Formula("HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")"));
        Response formula = fed.sendBytes("POST", "initiatives/import",
                ImportFiles.xlsx(List.of(row(SMALL, 70_000, Mistake.NONE), injected)), XLSX, Map.of()).expect(400);
        assertEquals(List.of("D3"), formula.errorFields());
        List<Object> typed = row(SMALL, 70_002, Mistake.NONE);
        typed.set(3, "=HYPERLINK(\"http://evil.example\",\"Bấm\")");
        fed.sendBytes("POST", "initiatives/import", ImportFiles.xlsx(List.of(row(SMALL, 70_003, Mistake.NONE), typed)),
                XLSX, Map.of()).expect(400);
        fed.sendBytes("POST", "initiatives/import", ImportFiles.bomb(16), XLSX, Map.of()).expect(413);
        fed.sendBytes("POST", "initiatives/import", "REF;Tên\n1;x".getBytes(StandardCharsets.UTF_8), XLSX, Map.of())
                .expect(415);
        fed.sendBytes("POST", "initiatives/import", "REF;Tên\n1;x".getBytes(StandardCharsets.UTF_8), "text/csv", Map.of())
                .expect(415);
        List<List<Object>> tooMany = new ArrayList<>();
        for (int n = 0; n < 5_001; n++) {
            tooMany.add(row(SMALL, 60_000 + n, Mistake.NONE));
        }
        fed.sendBytes("POST", "initiatives/import", ImportFiles.xlsx(tooMany), XLSX, Map.of()).expect(413);
        fed.sendBytes("POST", "initiatives/import", ImportFiles.xlsx(List.of()), XLSX, Map.of()).expect(400);
        fed.sendBytes("POST", "initiatives/import", "--x\r\n\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=x", Map.of()).expectOneOf(400);
        byte[] good = ImportFiles.xlsx(List.of(row(SMALL, 70_004, Mistake.NONE)));
        as(COUNCIL).sendBytes("POST", "initiatives/import", good, XLSX, Map.of()).expect(403);
        Api.at(base).anonymous().sendBytes("POST", "initiatives/import", good, XLSX, Map.of()).expect(401);
        assertEquals(before, total(SMALL));
    }

    @Test
    void the_template_has_the_contracts_columns_in_vietnamese() throws IOException {
        fixture();
        Response template = as(FED).get("initiatives/import/template").expect(200);
        assertTrue(template.contentType().startsWith(XLSX), template::toString);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Row header = workbook.getFirstSheet().read().get(0);
            assertEquals("Mã tham chiếu", header.getCellText(0));
            assertEquals("Tên sáng kiến", header.getCellText(3));
            assertTrue(header.getCellText(10).startsWith("Tác giả"));
            assertTrue(header.getCellText(11).contains("Có/Không"));
        }
        Api.at(base).anonymous().get("initiatives/import/template").expect(401);
    }

    static final String MULTIPART = "multipart/form-data; boundary=sangkien-import-boundary";

    static byte[] multipart(byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--sangkien-import-boundary\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"sang-kien.xlsx\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write("\r\n--sangkien-import-boundary--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static Set<String> fields(JsonObject result) {
        Set<String> fields = new HashSet<>();
        result.getJsonArray("errors").forEach(e -> {
            JsonObject error = e.asJsonObject();
            if (!error.isNull("field")) {
                fields.add(error.getString("field").replaceFirst("[\\[.].*$", ""));
            }
        });
        return fields;
    }

    long total(String campaign) {
        JsonObject page = as(FED).get("initiatives" + Api.query("campaign", campaign, "size", "1")).expect(200).json();
        assertNotNull(page.get("total"), page::toString);
        return page.getJsonNumber("total").longValue();
    }
}
