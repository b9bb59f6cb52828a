package vn.sangkien.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.PayaraProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;

/**
 * Scale-out (several Payara Micro instances in one Hazelcast cluster on one PostgreSQL;
 * scheduled work runs once per cluster, not once per instance): two instances of the built WAR on
 * the same database, in the cluster sangkien-pair (Hazelcast 47290 and 47291, each listing both;
 * HTTP 47292 and 47293), summaries scheduled every 10 seconds. Campaigns open and close within
 * ~20 s; each transition must happen exactly once (one FINAL per closed campaign; the "Campaign N
 * opened" / "closed on time" lines of both logs name each campaign once) and each scheduled round
 * must store one SCHEDULED snapshot per open campaign, not one per instance.
 *
 * <p>Runs only with SANGKIEN_DB_URL (PostgreSQL): two processes cannot share the embedded H2 file
 * database, so on H2 the test is skipped.
 */
class TwoInstancesIT {

    private static final String CLUSTER_NAME = "sangkien-pair";
    private static final int CLUSTER_A = 47290, CLUSTER_B = 47291, HTTP_A = 47292, HTTP_B = 47293;
    private static final String SCHEDULE = "second=*/10;minute=*;hour=*";

    private final String S = Deployments.runSuffix();

    private PayaraProcess a;
    private PayaraProcess b;

    @AfterEach
    void stopBoth() {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
    }

    private PayaraProcess start(String name, int http, int cluster, Path dataDir) {
        return PayaraProcess.start(PayaraProcess.options(name, http, cluster, CLUSTER_NAME)
                .clusterMembers(CLUSTER_A, CLUSTER_B)
                .env("SANGKIEN_SUMMARY_SCHEDULE", SCHEDULE)
                .env("SANGKIEN_DATA_DIR", dataDir.toString()));
    }

    @Test
    void windows_and_scheduled_snapshots_happen_once_per_cluster() throws Exception {
        Assumptions.assumeFalse(PayaraProcess.onH2(),
                "TwoInstancesIT skipped: SANGKIEN_DB_URL is not set. Two Payara processes cannot share the embedded"
                        + " H2 file database (the file is locked by the first), so this test needs PostgreSQL:"
                        + " SANGKIEN_DB_URL=jdbc:postgresql://... SANGKIEN_DB_USER=... mvn verify -Dit.test=TwoInstancesIT");

        Path dataDir = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "payara-process").toAbsolutePath()), "pair-data-");
        // one after the other: the first migrates the schema and creates the admin, the second joins
        a = start("pair-a", HTTP_A, CLUSTER_A, dataDir);
        b = start("pair-b", HTTP_B, CLUSTER_B, dataDir);
        Api adminA = a.admin();
        Api adminB = b.admin();

        String province = "TP-" + S, unit = "TG-" + S;
        Fixtures.organization(adminA, province, "Liên đoàn Lao động tỉnh Hai Máy " + S, "PROVINCE", "TLD").expect(201);
        Fixtures.organization(adminB, unit, "CĐCS Công ty Cơ khí " + S, "GRASSROOTS", province).expect(201);

        // created alternately through both instances
        String running = "TR-" + S, close1 = "TC1-" + S, close2 = "TC2-" + S, open1 = "TO1-" + S, open2 = "TO2-" + S;
        campaign(adminA, running, province, instantIn(-120), instantIn(3_600));
        Instant c1 = campaign(adminB, close1, province, instantIn(-120), instantIn(14))[1];
        Instant c2 = campaign(adminA, close2, province, instantIn(-120), instantIn(20))[1];
        Instant o1 = campaign(adminB, open1, province, instantIn(12), instantIn(3_600))[0];
        Instant o2 = campaign(adminA, open2, province, instantIn(18), instantIn(3_600))[0];
        adminB.post("initiatives", obj("campaignCode", running, "unitCode", unit, "title", "Đồ gá hàn nhanh " + S,
                "field", "PRODUCTION", "summary", "Giảm thời gian gá đặt.", "authors", arr(obj("fullName", "Vũ Văn Hải")))
                .build()).expect(201);
        adminA.post("initiatives", obj("campaignCode", close1, "unitCode", unit, "title", "Bảo dưỡng dự phòng " + S,
                "field", "SAFETY", "summary", "Lịch bảo dưỡng theo giờ chạy.", "authors", arr(obj("fullName", "Vũ Văn Hải")))
                .build()).expect(201);
        Instant created = Instant.now();

        // ~35 s from the creation, and at least 8 s past the last instant
        Instant until = created.plusSeconds(35);
        Instant lastDue = max(max(c1, c2), max(o1, o2)).plusSeconds(8);
        if (until.isBefore(lastDue)) {
            until = lastDue;
        }
        while (Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }

        assertTrue(a.isAlive() && b.isAlive(), "both instances still run");
        for (Api api : List.of(adminA, adminB)) {
            for (String code : List.of(close1, close2)) {
                assertEquals("CLOSED", api.get("campaigns/" + code).expect(200).string("status"), code);
                Response snaps = api.get("campaigns/" + code + "/summaries" + Api.query("size", "200")).expect(200);
                assertEquals(1, kind(snaps.items(), "FINAL").size(), "exactly one FINAL of " + code + ": " + snaps);
            }
            for (String code : List.of(open1, open2, running)) {
                assertEquals("OPEN", api.get("campaigns/" + code).expect(200).string("status"), code);
                Response snaps = api.get("campaigns/" + code + "/summaries" + Api.query("size", "200")).expect(200);
                assertEquals(0, kind(snaps.items(), "FINAL").size(), "no FINAL of open " + code + ": " + snaps);
            }
        }
        JsonObject fin = kind(adminA.get("campaigns/" + close1 + "/summaries").expect(200).items(), "FINAL").get(0);
        assertEquals(1, fin.getJsonNumber("registered").longValue(), fin.toString());

        // each transition once, across both logs
        Map<String, Long> ids = campaignIds(List.of(close1, close2, open1, open2, running));
        String logs = a.log() + "\n" + b.log();
        for (String code : List.of(close1, close2)) {
            assertEquals(1, count(logs, "Campaign " + ids.get(code) + " closed on time"),
                    "'Campaign " + ids.get(code) + " closed on time' (" + code + ") once in both logs together");
        }
        for (String code : List.of(open1, open2)) {
            assertEquals(1, count(logs, "Campaign " + ids.get(code) + " opened"),
                    "'Campaign " + ids.get(code) + " opened' (" + code + ") once in both logs together");
        }
        for (String code : List.of(running, open1, open2)) {
            assertEquals(0, count(logs, "Campaign " + ids.get(code) + " closed on time"), code + " did not close");
        }

        // scheduled snapshots of the running campaign: one per 10-second round, not one per instance
        List<JsonObject> scheduled = new ArrayList<>(kind(adminB.get("campaigns/" + running + "/summaries"
                + Api.query("size", "200")).expect(200).items(), "SCHEDULED"));
        scheduled.sort(Comparator.comparing(o -> OffsetDateTime.parse(o.getString("generatedAt")).toInstant()));
        List<Instant> times = scheduled.stream().map(o -> OffsetDateTime.parse(o.getString("generatedAt")).toInstant())
                .toList();
        assertTrue(times.size() >= 2, "at least 2 SCHEDULED snapshots of " + running + " in ~35 s: " + times);
        for (int i = 1; i < times.size(); i++) {
            long gap = times.get(i).toEpochMilli() - times.get(i - 1).toEpochMilli();
            assertTrue(gap >= 8_000, "SCHEDULED snapshots at least 8 s apart (a second instance's duplicate?): "
                    + times);
        }
        int rounds = count(logs, "Scheduled summary snapshots of \\d+ open campaigns taken");
        System.out.println("TwoInstancesIT: " + times.size() + " SCHEDULED snapshots of " + running + " at " + times
                + "; rounds logged by both instances together: " + rounds
                + "; one data grid of 2 seen: " + logs.contains("DG Size: 2"));
    }

    private static Instant[] campaign(Api api, String code, String organizer, String opensAt, String closesAt) {
        Fixtures.campaign(api, Fixtures.campaignBody(code, organizer, null, opensAt, closesAt)
                .add("targetInitiatives", 5)).expect(201);
        return new Instant[] {OffsetDateTime.parse(opensAt).toInstant(), OffsetDateTime.parse(closesAt).toInstant()};
    }

    private static Instant max(Instant x, Instant y) {
        return x.isAfter(y) ? x : y;
    }

    private static List<JsonObject> kind(List<JsonObject> items, String kind) {
        return items.stream().filter(i -> kind.equals(i.getString("kind", null))).toList();
    }

    /** The database ids of the campaigns (the log lines name ids, the API codes). */
    private static Map<String, Long> campaignIds(List<String> codes) throws Exception {
        Properties props = new Properties();
        String user = System.getenv("SANGKIEN_DB_USER");
        String password = System.getenv("SANGKIEN_DB_PASSWORD");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(System.getenv("SANGKIEN_DB_URL"), props);
             PreparedStatement q = c.prepareStatement("SELECT id FROM campaign WHERE code = ?")) {
            for (String code : codes) {
                q.setString(1, code);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        fail("campaign " + code + " not in the database");
                    }
                    ids.put(code, rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Occurrences of {@code regex} ("Campaign 5 opened" matches neither "Campaign 15 opened" nor "Campaign 50 opened"). */
    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
