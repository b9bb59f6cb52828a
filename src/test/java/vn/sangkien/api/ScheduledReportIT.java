package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.instantIn;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.PayaraProcess;

/**
 * Scheduled reports (docs/api.md, "Paperwork"): a Payara Micro child process stores an xlsx review
 * of every open campaign on SANGKIEN_REPORT_SCHEDULE, lists and serves them within the caller's
 * subtree; stopped past a round and started again, it stores the missed round at once, and drops
 * the reports older than the retention.
 */
class ScheduledReportIT {

    private static final int CLUSTER_PORT = 47196;
    private static final String EVERY_FIVE_SECONDS = "second=*/5;minute=*;hour=*";
    /** A schedule whose next round is far away: what happens at start is the catch-up. */
    private static final String ONCE_A_YEAR = "month=1;dayOfMonth=1;hour=0;minute=0";

    private final String S = Deployments.runSuffix();
    private final String password = "Sr-" + S.toLowerCase(Locale.ROOT) + "-Pass2026";
    private PayaraProcess payara;

    @TempDir
    Path dataDir;

    @Test
    void reports_are_stored_on_schedule_served_in_the_subtree_and_caught_up_after_downtime() throws Exception {
        Api base = start(1, EVERY_FIVE_SECONDS, "400");
        Api admin = base.as("admin", Deployments.adminPassword());
        String province = "SP-" + S, unit = "SG-" + S, other = "SQ-" + S, campaign = "SC-" + S;
        String officer = "sr.fed." + S.toLowerCase(Locale.ROOT), outsider = "sr.out." + S.toLowerCase(Locale.ROOT);
        Fixtures.organization(admin, province, "Liên đoàn Lao động tỉnh Định Kỳ " + S, "PROVINCE", "TLD").expect(201);
        Fixtures.organization(admin, unit, "CĐCS Nhà máy Nước " + S, "GRASSROOTS", province).expect(201);
        Fixtures.organization(admin, other, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD").expect(201);
        Fixtures.user(admin, officer, password, province, "FEDERATION_OFFICER").expect(201);
        Fixtures.user(admin, outsider, password, other, "FEDERATION_OFFICER").expect(201);
        Fixtures.campaign(admin, campaign, province, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
        admin.post("initiatives", Fixtures.initiative(campaign, unit, "Sáng kiến định kỳ " + S).build()).expect(201);

        Api fed = base.as(officer, password);
        List<JsonObject> first = awaitReports(fed, campaign, 1);
        JsonObject report = first.get(0);
        assertEquals(campaign, report.getString("campaignCode"));
        assertEquals("INTERIM", report.getString("kind"));
        assertEquals("xlsx", report.getString("format"));
        Response file = fed.get("reports/" + report.getJsonNumber("id")).expect(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()))) {
            List<Row> overview = workbook.getSheet(0).orElseThrow().read();
            assertTrue(overview.stream().anyMatch(r -> r.getCellCount() > 1 && r.getCell(0) != null
                    && "Số sáng kiến đã đăng ký".equals(r.getCell(0).getText())
                    && r.getCell(1).asNumber().intValue() == 1), "the campaign's one initiative");
        }
        Api out = base.as(outsider, password);
        assertEquals(0, out.get("reports?campaign=" + campaign).expect(200).number("total"), "another province's");
        out.get("reports/" + report.getJsonNumber("id")).expect(404);
        fed.get("reports/abc").expect(400);
        Api.at(base.root()).get("reports").expect(401);

        // Down past a round, then up with a far schedule and no retention: the missed round is
        // stored at start, and the older reports are gone.
        payara.stop();
        Thread.sleep(6_000);
        Instant restarted = Instant.now();
        base = start(2, ONCE_A_YEAR, "0");
        List<JsonObject> after = awaitReports(base.as(officer, password), campaign, 1);
        assertEquals(1, after.size(), "only the round caught up at start is kept: " + after);
        assertTrue(Instant.parse(after.get(0).getString("generatedAt")).isAfter(restarted), after.toString());
    }

    /** The campaign's stored reports once there are at least {@code count}, newest first (bounded wait). */
    private static List<JsonObject> awaitReports(Api api, String campaign, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<JsonObject> items;
        do {
            items = api.get("reports?campaign=" + campaign).expect(200).items();
            if (items.size() >= count) {
                return items;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no stored report of " + campaign + " within a minute: " + items);
    }

    private Api start(int life, String schedule, String retentionDays) {
        payara = PayaraProcess.start(PayaraProcess.options("reports-" + life, PayaraProcess.freePort(), CLUSTER_PORT,
                "sangkien-reports").h2DataDir(dataDir).env("SANGKIEN_REPORT_SCHEDULE", schedule)
                .env("SANGKIEN_REPORT_RETENTION_DAYS", retentionDays));
        return payara.api();
    }

    @AfterEach
    void stop() {
        if (payara != null) {
            payara.kill();
        }
    }
}
