package vn.sangkien.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.sangkien.support.Api.query;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;
import static vn.sangkien.support.Json2.text;

/**
 * Durability across a crash: Payara Micro runs the built WAR as a child process on a fresh H2 folder
 * (or on SANGKIEN_DB_URL's PostgreSQL when that is set), the test writes records and transitions,
 * kills the process hard (SIGKILL), starts it again on the same data and expects every record,
 * version and history entry back. Payara's output goes to target/restart-it/&lt;run&gt;/payara-N.log.
 */
class RestartIT {

    private static final int CLUSTER_PORT = 47190;
    private static final String CLUSTER_NAME = "sangkien-restart";
    private static final long START_TIMEOUT_MS = 180_000;

    private static Process payara;
    private static Path lastRunDir;
    private static Thread reaper;

    private final String S = Deployments.runSuffix();
    private final String password = "Rs-" + S.toLowerCase(Locale.ROOT) + "-Pass2026";

    private Path runDir;
    private Path dataDir;
    private Path rootDir;

    @Test
    void records_versions_and_history_survive_a_hard_kill() throws Exception {
        runDir = Files.createDirectories(Path.of("target", "restart-it", "run-" + S).toAbsolutePath());
        dataDir = Files.createDirectories(runDir.resolve("data"));
        rootDir = runDir.resolve("payara-root");
        lastRunDir = runDir;

        // ---- first life
        Api base = start(1);
        Api admin = base.as("admin", Deployments.adminPassword());

        String province = "RP-" + S, district = "RD-" + S, unit = "RG-" + S, campaign = "RC-" + S;
        String member = "rmember." + S.toLowerCase(Locale.ROOT), officer = "rofficer." + S.toLowerCase(Locale.ROOT);
        admin.post("organizations", obj("code", province, "name", "Liên đoàn Lao động tỉnh Khởi động lại " + S,
                "level", "PROVINCE", "parentCode", "TLD").build()).expect(201);
        admin.post("organizations", obj("code", district, "name", "Công đoàn huyện " + S,
                "level", "DISTRICT", "parentCode", province).build()).expect(201);
        admin.post("organizations", obj("code", unit, "name", "Công đoàn cơ sở Đồng Tiến " + S,
                "level", "GRASSROOTS", "parentCode", district).build()).expect(201);
        admin.post("campaigns", obj("code", campaign, "name", "Đợt cao điểm " + S, "organizerCode", province,
                "opensAt", instantIn(-3_600), "closesAt", instantIn(30 * 86_400), "targetInitiatives", 10).build())
                .expect(201);
        admin.post("users", obj("username", member, "fullName", "Nguyễn Thị Hoà", "password", password,
                "roles", arr("MEMBER"), "organizationCode", unit).build()).expect(201);
        admin.post("users", obj("username", officer, "fullName", "Lê Văn Đức", "password", password,
                "roles", arr("UNIT_OFFICER"), "organizationCode", unit).build()).expect(201);
        Api m = base.as(member, password);
        Api o = base.as(officer, password);

        List<String> ids = new ArrayList<>();
        ids.add(register(m, campaign, unit, "Sáng kiến cải tiến quy trình — Đồng Nai, Ưu tiên ữ ỹ ặ " + S, true));
        ids.add(register(m, campaign, unit, "Nâng cao năng suất lao động " + S, true));
        ids.add(register(m, campaign, unit, "Bản nháp chưa nộp " + S, false));
        o.post("initiatives/" + ids.get(0) + "/transitions", obj("action", "VERIFY", "comment", "Đã xác minh").build())
                .expect(200);
        o.post("initiatives/" + ids.get(1) + "/transitions", obj("action", "RETURN", "comment", "Bổ sung số liệu").build())
                .expect(200);
        Response g = m.get("initiatives/" + ids.get(2)).expect(200);
        m.put("initiatives/" + ids.get(2), with(g.json(), "title", "Bản nháp đã sửa một lần " + S), g.etag()).expect(200);

        Map<String, JsonObject> before = snapshot(admin, ids, List.of(province, district, unit), campaign,
                List.of(member, officer));
        long totalBefore = admin.get("initiatives" + query("campaign", campaign)).expect(200)
                .json().getJsonNumber("total").longValue();
        assertEquals(3, totalBefore);

        // ---- crash
        kill();

        // ---- second life, same data
        base = start(2);
        admin = base.as("admin", Deployments.adminPassword());
        m = base.as(member, password);
        Map<String, JsonObject> after = snapshot(admin, ids, List.of(province, district, unit), campaign,
                List.of(member, officer));
        for (Map.Entry<String, JsonObject> e : before.entrySet()) {
            assertEquals(normalize(e.getValue()), normalize(after.get(e.getKey())), "after the restart: " + e.getKey());
        }
        assertEquals(totalBefore, admin.get("initiatives" + query("campaign", campaign)).expect(200)
                .json().getJsonNumber("total").longValue());
        // still one national organization, and the accounts still log in
        Response nationals = admin.get("organizations" + query("level", "NATIONAL")).expect(200);
        assertEquals(1, nationals.json().getJsonNumber("total").longValue(), nationals.toString());
        m.get("me").expect(200);
        // and the application goes on: new ids do not collide, the workflow continues
        String next = register(m, campaign, unit, "Đăng ký sau khi khởi động lại " + S, true);
        assertFalse(ids.contains(next), "a new id after the restart: " + next + " vs " + ids);
        base.as(officer, password).post("initiatives/" + ids.get(0) + "/transitions",
                obj("action", "WITHDRAW", "comment", "Rút sau khởi động lại").build()).expect(200);
        List<JsonObject> h = admin.get("initiatives/" + ids.get(0) + "/history").expect(200).items();
        assertEquals(3, h.size(), h.toString());
        assertEquals("WITHDRAWN", text(h.get(2).get("to")));
    }

    private String register(Api api, String campaign, String unit, String title, boolean submit) {
        JsonObject body = obj("campaignCode", campaign, "unitCode", unit, "title", title, "field", "TECHNOLOGY",
                "summary", "Tóm tắt: giảm 30% thời gian chờ.", "estimatedValueVnd", 25_000_000L,
                "appliedFrom", "2025-06-01", "submit", submit,
                "authors", arr(obj("fullName", "Nguyễn Thị Hoà", "sharePercent", 70),
                        obj("fullName", "Phạm Văn Ất", "sharePercent", 30))).build();
        return text(api.post("initiatives", body).expect(201).json().get("id"));
    }

    private static JsonObject with(JsonObject o, String member, String value) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        b.add(member, value);
        return b.build();
    }

    private Map<String, JsonObject> snapshot(Api admin, List<String> ids, List<String> orgs, String campaign,
                                             List<String> users) {
        Map<String, JsonObject> s = new LinkedHashMap<>();
        for (String id : ids) {
            Response r = admin.get("initiatives/" + id).expect(200);
            s.put("initiative " + id, r.json());
            s.put("initiative " + id + " etag", obj("etag", r.etag()).build());
            JsonValue history = admin.get("initiatives/" + id + "/history").expect(200).jsonValue();
            s.put("history " + id, obj("history", history).build());
        }
        for (String org : orgs) {
            s.put("organization " + org, admin.get("organizations/" + org).expect(200).json());
        }
        s.put("campaign " + campaign, admin.get("campaigns/" + campaign).expect(200).json());
        for (String u : users) {
            s.put("user " + u, admin.get("users/" + u).expect(200).json());
        }
        return s;
    }

    /** Instants compared to the millisecond (storage may keep less than the JVM clock), all else exactly. */
    private static JsonValue normalize(JsonValue v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        switch (v.getValueType()) {
            case OBJECT: {
                JsonObjectBuilder b = Json.createObjectBuilder();
                v.asJsonObject().forEach((k, x) -> b.add(k, normalize(x)));
                return b.build();
            }
            case ARRAY: {
                JsonArrayBuilder b = Json.createArrayBuilder();
                for (JsonValue x : (JsonArray) v) {
                    b.add(normalize(x));
                }
                return b.build();
            }
            case STRING: {
                String t = text(v);
                if (t.length() >= 20 && t.charAt(4) == '-' && t.charAt(10) == 'T') {
                    try {
                        return Json.createValue(OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.MILLIS).toString());
                    } catch (RuntimeException notAnInstant) {
                        return v;
                    }
                }
                return v;
            }
            default:
                return v;
        }
    }

    // ---------------------------------------------------------------- the Payara process

    private Api start(int life) throws IOException, InterruptedException {
        int port = freePort();
        File microJar = new File(System.getProperty("payara.microJar", "target/payara-micro.jar")).getAbsoluteFile();
        assertTrue(microJar.isFile(), "Payara Micro jar: " + microJar);
        // a copy, so that both lives run the same build even if target/sangkien.war is rebuilt meanwhile
        File war = runDir.resolve("sangkien.war").toFile();
        if (!war.isFile()) {
            Files.copy(Deployments.builtWar().toPath(), war.toPath());
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhazelcast.socket.bind.any=false", "-Xmx768m",
                "-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--port", Integer.toString(port),
                "--disablephonehome",
                // A root of its own per life: a kept root boots the previous life's copy of the
                // application first and redeploys it while the test's requests arrive.
                "--rootdir", rootDir.resolve("life-" + life).toString(),
                "--clustermode", "tcpip:127.0.0.1:" + CLUSTER_PORT,
                "--interfaces", "127.0.0.1",
                "--startport", Integer.toString(CLUSTER_PORT),
                "--clustername", CLUSTER_NAME));
        File preboot = new File("server-config/pre-boot-commands.asadmin").getAbsoluteFile();
        if (preboot.isFile()) {
            cmd.add("--prebootcommandfile");
            cmd.add(preboot.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        String dbUrl = System.getenv("SANGKIEN_DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            pb.environment().put("SANGKIEN_DATA_DIR", dataDir.toString());
        }
        pb.environment().put("SANGKIEN_ADMIN_PASSWORD", Deployments.adminPassword());
        pb.environment().remove("SANGKIEN_DEMO");
        File log = runDir.resolve("payara-" + life + ".log").toFile();
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        payara = pb.start();
        if (reaper == null) {
            reaper = new Thread(RestartIT::stopNow, "restart-it-reaper");
            Runtime.getRuntime().addShutdownHook(reaper);
        }
        Api api = Api.at("http://127.0.0.1:" + port);
        awaitReady(api, log);
        return api;
    }

    private void awaitReady(Api api, File log) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        Api probe = api.allowServerErrors();
        Api admin = probe.as("admin", Deployments.adminPassword());
        String last = "nothing yet";
        long deployFailedSince = 0;
        while (System.currentTimeMillis() < deadline) {
            if (!payara.isAlive()) {
                fail("Payara exited (" + payara.exitValue() + ") before it was ready; see " + log + "\n" + tail(log));
            }
            try {
                Response health = probe.get("/health");
                last = health.toString();
                if (health.text().contains("No Application deployed") && payaraReady(log)) {
                    if (deployFailedSince == 0) {
                        deployFailedSince = System.currentTimeMillis();
                    } else if (System.currentTimeMillis() - deployFailedSince > 20_000) {
                        fail("Payara is up but the application did not deploy (" + last + "); see " + log + "\n" + tail(log));
                    }
                }
                if (health.status() == 200 && health.jsonValue() instanceof JsonObject h && "UP".equals(h.getString("status", ""))) {
                    Response me = admin.get("me");
                    last = me.toString();
                    // Payara prints "ready in" once every deployment is done; a kept root directory makes it
                    // first boot the remembered copy of the application, then deploy the given WAR again
                    if (me.status() == 200 && payaraReady(log)) {
                        return;
                    }
                }
            } catch (UncheckedIOException notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(1_000);
        }
        fail("Not ready within " + START_TIMEOUT_MS / 1000 + " s (last: " + last + "); see " + log + "\n" + tail(log));
    }

    private static boolean payaraReady(File log) {
        try {
            return Files.readString(log.toPath(), StandardCharsets.ISO_8859_1).contains(" ready in ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String tail(File log) {
        try {
            List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void kill() throws InterruptedException {
        if (payara != null) {
            payara.destroyForcibly();
            assertTrue(payara.waitFor(60, TimeUnit.SECONDS), "Payara did not die");
            payara = null;
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(path)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            System.err.println("RestartIT: cannot delete " + path + ": " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static synchronized void stopNow() {
        Process p = payara;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        payara = null;
    }

    @AfterAll
    static void stop() {
        stopNow();
        // keep the logs and the database files; drop the 100 MB Payara runtime and the WAR copy
        if (lastRunDir != null) {
            deleteTree(lastRunDir.resolve("payara-root"));
            deleteTree(lastRunDir.resolve("sangkien.war"));
        }
        if (reaper != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            reaper = null;
        }
    }
}
