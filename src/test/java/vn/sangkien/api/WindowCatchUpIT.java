package vn.sangkien.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.PayaraProcess;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;

/**
 * Windows that fall due while no instance runs (docs/api.md, Campaigns: "within 5 seconds of being ready
 * after a restart across either"; timers vanish with the last instance, so the
 * application catches up at start-up from the database).
 *
 * <p>One Payara Micro child process (HTTP 47281, Hazelcast 47280, cluster sangkien-catchup) on a
 * fresh H2 folder, or on SANGKIEN_DB_URL's database when that is set: a campaign closing ~20 s
 * ahead and one opening ~20 s ahead are created, Payara is stopped before either instant, started
 * again on the same data once both have passed by 5 s, and within 5 s of being ready the one is
 * CLOSED with exactly one FINAL snapshot and the other is OPEN (and takes registrations).
 */
class WindowCatchUpIT {

    private static final int HTTP_PORT = 47281;
    private static final int CLUSTER_PORT = 47280;
    private static final String CLUSTER_NAME = "sangkien-catchup";

    private final String S = Deployments.runSuffix();

    private PayaraProcess payara;

    @AfterEach
    void stopPayara() {
        if (payara != null) {
            payara.stop();
            payara = null;
        }
    }

    private PayaraProcess start(Path dataDir, String life) {
        return PayaraProcess.start(PayaraProcess.options("catchup-" + life, HTTP_PORT, CLUSTER_PORT, CLUSTER_NAME)
                .env("SANGKIEN_DATA_DIR", dataDir.toString()));
    }

    @Test
    void windows_that_fell_due_while_down_are_caught_up_at_start() throws Exception {
        Path dataDir = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "payara-process").toAbsolutePath()), "catchup-data-");

        // ---- first life
        payara = start(dataDir, "1");
        Api admin = payara.admin();
        String province = "WP-" + S, unit = "WG-" + S, closing = "WCL-" + S, opening = "WOP-" + S;
        Fixtures.organization(admin, province, "Liên đoàn Lao động tỉnh Bắt Kịp " + S, "PROVINCE", "TLD").expect(201);
        Fixtures.organization(admin, unit, "CĐCS Nhà máy Nước sạch " + S, "GRASSROOTS", province).expect(201);
        String closesAtText = instantIn(20);
        Fixtures.campaign(admin, Fixtures.campaignBody(closing, province, null, instantIn(-120), closesAtText)
                .add("name", "Đợt đóng khi máy chủ tắt " + S).add("targetInitiatives", 4)).expect(201);
        String opensAtText = instantIn(20);
        Fixtures.campaign(admin, Fixtures.campaignBody(opening, province, null, opensAtText, instantIn(3_600))
                .add("name", "Đợt mở khi máy chủ tắt " + S)).expect(201);
        Instant closesAt = OffsetDateTime.parse(closesAtText).toInstant();
        Instant opensAt = OffsetDateTime.parse(opensAtText).toInstant();
        admin.post("initiatives", obj("campaignCode", closing, "unitCode", unit, "title", "Tiết kiệm nước rửa lọc " + S,
                "field", "ENVIRONMENT", "summary", "Tái sử dụng nước rửa lọc.",
                "authors", arr(obj("fullName", "Đỗ Thị Mến"))).build()).expect(201);
        assertEquals("OPEN", admin.get("campaigns/" + closing).expect(200).string("status"));
        assertEquals("PLANNED", admin.get("campaigns/" + opening).expect(200).string("status"));

        payara.stop();
        Instant stoppedAt = Instant.now();
        String firstLog = payara.log();
        payara = null;
        assertTrue(stoppedAt.isBefore(closesAt) && stoppedAt.isBefore(opensAt),
                "Payara must be down before the windows fall due (stopped " + stoppedAt + ", closesAt " + closesAt
                        + ", opensAt " + opensAt + "): the test proves nothing otherwise");
        if (PayaraProcess.onH2()) {
            assertEquals(0, count(firstLog, "Campaign \\d+ closed on time"), "nothing closed in the first life");
            assertEquals(0, count(firstLog, "Campaign \\d+ opened"), "nothing opened in the first life");
        }

        // ---- down across both instants (+ 5 s)
        Instant resumeAt = (closesAt.isAfter(opensAt) ? closesAt : opensAt).plusSeconds(5);
        while (Instant.now().isBefore(resumeAt)) {
            Thread.sleep(Math.max(1, Math.min(1_000, resumeAt.toEpochMilli() - System.currentTimeMillis())));
        }

        // ---- second life, same data
        payara = start(dataDir, "2");
        Instant ready = Instant.now();
        admin = payara.admin();
        Instant deadline = ready.plusSeconds(5);
        String closedStatus = null, openStatus = null;
        Response snaps = null;
        boolean done = false;
        while (Instant.now().isBefore(deadline)) {
            closedStatus = admin.get("campaigns/" + closing).expect(200).string("status");
            openStatus = admin.get("campaigns/" + opening).expect(200).string("status");
            snaps = admin.get("campaigns/" + closing + "/summaries").expect(200);
            if ("CLOSED".equals(closedStatus) && "OPEN".equals(openStatus) && finals(snaps.items()) >= 1) {
                done = true;
                break;
            }
            Thread.sleep(250);
        }
        assertTrue(done, "within 5 s of being ready (" + ready + "): " + closing + " " + closedStatus + ", "
                + opening + " " + openStatus + ", snapshots " + snaps + "\n" + payara.tail(40));
        assertEquals(1, finals(snaps.items()), "exactly one FINAL: " + snaps);

        JsonObject fin = snaps.items().stream().filter(i -> "FINAL".equals(i.getString("kind", null))).findFirst()
                .orElseThrow();
        assertEquals("CLOSED", fin.getString("status", null), fin.toString());
        assertEquals(1, fin.getJsonNumber("registered").longValue(), fin.toString());
        assertEquals(1, fin.getJsonNumber("grassrootsUnits").longValue(), fin.toString());
        assertEquals(1, fin.getJsonNumber("coveredUnits").longValue(), fin.toString());
        assertEquals(0, new BigDecimal("25.0").compareTo(fin.getJsonNumber("percentOfTarget").bigDecimalValue()),
                fin.toString());

        // registration follows the windows; the clock's next ticks add no second FINAL
        admin.post("initiatives", obj("campaignCode", opening, "unitCode", unit, "title", "Đăng ký sau khởi động " + S,
                "field", "OTHER", "summary", "Sau khi mở.", "authors", arr(obj("fullName", "Đỗ Thị Mến"))).build())
                .expect(201);
        admin.post("initiatives", obj("campaignCode", closing, "unitCode", unit, "title", "Đăng ký muộn " + S,
                "field", "OTHER", "summary", "Sau khi đóng.", "authors", arr(obj("fullName", "Đỗ Thị Mến"))).build())
                .expect(409);
        Thread.sleep(2_500);
        Response later = admin.get("campaigns/" + closing + "/summaries").expect(200);
        assertEquals(1, finals(later.items()), "still exactly one FINAL: " + later);
        if (PayaraProcess.onH2()) {
            String secondLog = payara.log();
            assertEquals(1, count(secondLog, "Campaign \\d+ closed on time"), "the close was caught up once");
            assertEquals(1, count(secondLog, "Campaign \\d+ opened"), "the opening was caught up once");
        }
    }

    private static long finals(List<JsonObject> items) {
        return items.stream().filter(i -> "FINAL".equals(i.getString("kind", null))).count();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
