package vn.sangkien.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.PayaraProcess;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Api.query;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;
import static vn.sangkien.support.Json2.text;

/**
 * Durability across a crash: Payara Micro runs the built WAR as a child process ({@link PayaraProcess})
 * on a fresh H2 folder (or on SANGKIEN_DB_URL's PostgreSQL when that is set), the test writes records
 * and transitions, kills the process hard (SIGKILL), starts it again on the same data and expects
 * every record, version and history entry back.
 */
class RestartIT {

    private static final int CLUSTER_PORT = 47190;
    private static final String CLUSTER_NAME = "sangkien-restart";

    private PayaraProcess payara;

    private final String S = Deployments.runSuffix();
    private final String password = "Rs-" + S.toLowerCase(Locale.ROOT) + "-Pass2026";

    @TempDir
    Path dataDir;

    @Test
    void records_versions_and_history_survive_a_hard_kill() throws Exception {
        // ---- first life
        Api base = start(1);
        Api admin = base.as("admin", Deployments.adminPassword());

        String province = "RP-" + S, district = "RD-" + S, unit = "RG-" + S, campaign = "RC-" + S;
        String member = "rmember." + S.toLowerCase(Locale.ROOT), officer = "rofficer." + S.toLowerCase(Locale.ROOT);
        Fixtures.organization(admin, province, "Liên đoàn Lao động tỉnh Khởi động lại " + S, "PROVINCE", "TLD")
                .expect(201);
        Fixtures.organization(admin, district, "Công đoàn huyện " + S, "DISTRICT", province).expect(201);
        Fixtures.organization(admin, unit, "Công đoàn cơ sở Đồng Tiến " + S, "GRASSROOTS", district).expect(201);
        Fixtures.campaign(admin, Fixtures.campaignBody(campaign, province, null, instantIn(-3_600), instantIn(30 * 86_400))
                .add("name", "Đợt cao điểm " + S).add("targetInitiatives", 10)).expect(201);
        Fixtures.user(admin, Fixtures.userBody(member, password, unit, "MEMBER").add("fullName", "Nguyễn Thị Hoà"))
                .expect(201);
        Fixtures.user(admin, Fixtures.userBody(officer, password, unit, "UNIT_OFFICER").add("fullName", "Lê Văn Đức"))
                .expect(201);
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
        // Sent with an idempotency key, and in a batch by reference: replayed after the restart.
        JsonObject keyed = registration(campaign, unit, "Gửi có khoá trước khi sập " + S, true);
        String keyedId = text(m.withHeader("Idempotency-Key", "truoc-sap/" + S).post("initiatives", keyed).expect(201)
                .json().get("id"));
        JsonObject batch = obj("items", arr(with(registration(campaign, unit, "Gửi theo lô trước khi sập " + S, true),
                "clientReference", "lo-truoc-sap/" + S))).build();
        String batchedId = text(m.post("initiatives/batch", batch).expect(200).json().getJsonArray("results").getJsonObject(0).get("id"));
        ids.add(keyedId);
        ids.add(batchedId);
        Response g = m.get("initiatives/" + ids.get(2)).expect(200);
        m.put("initiatives/" + ids.get(2), with(g.json(), "title", "Bản nháp đã sửa một lần " + S), g.etag()).expect(200);

        Map<String, JsonObject> before = snapshot(admin, ids, List.of(province, district, unit), campaign,
                List.of(member, officer));
        long totalBefore = admin.get("initiatives" + query("campaign", campaign)).expect(200)
                .json().getJsonNumber("total").longValue();
        assertEquals(5, totalBefore);

        // ---- crash
        payara.kill();

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
        // a replay after the restart answers the first answer and stores nothing
        Response replay = m.withHeader("Idempotency-Key", "truoc-sap/" + S).post("initiatives", keyed).expect(201);
        assertEquals("true", replay.header("Idempotency-Replayed").orElse(null));
        assertEquals(keyedId, text(replay.json().get("id")));
        JsonObject batchReplay = m.post("initiatives/batch", batch).expect(200).json().getJsonArray("results").getJsonObject(0);
        assertEquals(batchedId, text(batchReplay.get("id")));
        assertTrue(batchReplay.getBoolean("replayed"), batchReplay.toString());
        assertEquals(totalBefore, admin.get("initiatives" + query("campaign", campaign)).expect(200)
                .json().getJsonNumber("total").longValue(), "nothing stored twice");
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
        return text(api.post("initiatives", registration(campaign, unit, title, submit)).expect(201).json().get("id"));
    }

    private static JsonObject registration(String campaign, String unit, String title, boolean submit) {
        return obj("campaignCode", campaign, "unitCode", unit, "title", title, "field", "TECHNOLOGY",
                "summary", "Tóm tắt: giảm 30% thời gian chờ.", "estimatedValueVnd", 25_000_000L,
                "appliedFrom", "2025-06-01", "submit", submit,
                "authors", arr(obj("fullName", "Nguyễn Thị Hoà", "sharePercent", 70),
                        obj("fullName", "Phạm Văn Ất", "sharePercent", 30))).build();
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
            JsonValue audit = admin.get("audit" + query("entityType", "INITIATIVE", "entityId", id)).expect(200)
                    .jsonValue();
            s.put("audit " + id, audit.asJsonObject());
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

    /** A life of Payara on the test's data (H2 files, or SANGKIEN_DB_URL's PostgreSQL when set). */
    private Api start(int life) {
        payara = PayaraProcess.start(PayaraProcess.options("restart-" + life, PayaraProcess.freePort(), CLUSTER_PORT,
                CLUSTER_NAME).h2DataDir(dataDir));
        return payara.api();
    }

    @AfterEach
    void stop() {
        if (payara != null) {
            payara.kill();
        }
    }
}
