package vn.sangkien.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import vn.sangkien.support.Once;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.sangkien.support.Api.query;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;
import static vn.sangkien.support.Json2.text;
import static vn.sangkien.support.Json2.with;

/**
 * Black-box tests of REST API v1 (docs/api.md: Authentication, Errors, Lists, Organizations, Campaigns,
 * Initiatives, Users, Operations) against the built WAR on Payara Micro. One deployment for the
 * whole class. The database may hold earlier runs' data (PostgreSQL in CI, a kept H2 folder): every
 * code and username carries this run's random suffix, and lists are always narrowed to this run's
 * organizations or campaigns.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    // ==================================================================== fixture

    /** This run's suffix: codes and usernames are unique per run. */
    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Mk-" + s + "-Pass2026";

    // Province A: PA ⊃ DA ⊃ GA1; PA ⊃ GA2 (grassroots directly under a province). Province B: PB ⊃ GB1.
    static final String PA = "PA-" + S, DA = "DA-" + S, GA1 = "GA1-" + S, GA2 = "GA2-" + S;
    static final String PB = "PB-" + S, GB1 = "GB1-" + S;
    // Campaigns: CA open (organizer PA) with sub-campaign CAS; CB open (organizer PB); CP planned (PA).
    static final String CA = "CA-" + S, CAS = "CAS-" + S, CB = "CB-" + S, CP = "CP-" + S;
    // Users.
    static final String FED_A = "feda." + s, FED_B = "fedb." + s, UNIT_A = "unita." + s, MEMBER_A = "membera." + s,
            MEMBER_A2 = "membera2." + s, REVIEWER_A = "reviewera." + s, INTEG_A = "intega." + s;

    static final String VI_TITLE = "Sáng kiến cải tiến quy trình — Đồng Nai, Ưu tiên ữ ỹ ặ";

    private static final Once FIXTURE = new Once();

    Api anon;
    Api admin;

    Api api() {
        return Api.at(base);
    }

    Api as(String username) {
        return api().as(username, PASSWORD);
    }

    /** The shared fixture, created once by the admin on the first test. */
    void fx() {
        anon = api();
        admin = api().as("admin", Deployments.adminPassword());
        FIXTURE.make(() -> {
            assertDeployed();
            Fixtures.organization(admin, PA, "Liên đoàn Lao động tỉnh A " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, DA, "Liên đoàn Lao động huyện A " + S, "DISTRICT", PA).expect(201);
            Fixtures.organization(admin, GA1, "Công đoàn cơ sở Ánh Dương " + S, "GRASSROOTS", DA).expect(201);
            Fixtures.organization(admin, GA2, "Công đoàn cơ sở Bình Minh " + S, "GRASSROOTS", PA).expect(201);
            Fixtures.organization(admin, PB, "Liên đoàn Lao động tỉnh B " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, GB1, "Công đoàn cơ sở Cửu Long " + S, "GRASSROOTS", PB).expect(201);

            Fixtures.user(admin, FED_A, PASSWORD, PA, "FEDERATION_OFFICER").expect(201);
            Fixtures.user(admin, FED_B, PASSWORD, PB, "FEDERATION_OFFICER").expect(201);
            Fixtures.user(admin, UNIT_A, PASSWORD, GA1, "UNIT_OFFICER").expect(201);
            Fixtures.user(admin, MEMBER_A, PASSWORD, GA1, "MEMBER").expect(201);
            Fixtures.user(admin, MEMBER_A2, PASSWORD, GA1, "MEMBER").expect(201);
            Fixtures.user(admin, REVIEWER_A, PASSWORD, PA, "REVIEWER").expect(201);
            Fixtures.user(admin, INTEG_A, PASSWORD, PA, "INTEGRATION").expect(201);

            Fixtures.campaign(admin, CA, PA, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
            Fixtures.campaign(admin, CAS, PA, CA, instantIn(-3_600), instantIn(20 * 86_400)).expect(201);
            Fixtures.campaign(admin, CB, PB, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
            Fixtures.campaign(admin, CP, PA, null, instantIn(30 * 86_400), instantIn(60 * 86_400)).expect(201);
        });
    }

    /** Payara keeps running when the deployment fails: check the application, not the port. */
    private void assertDeployed() {
        Response health = anon.allowServerErrors().get("/health");
        Response me = admin.allowServerErrors().get("me");
        if (health.status() != 200 || me.status() != 200) {
            fail("The application is not deployed or not ready (see the Payara log above):\n  " + health + "\n  " + me);
        }
    }

    static JsonObjectBuilder initiativeBody(String campaign, String unit, String title) {
        return obj("campaignCode", campaign, "unitCode", unit, "title", title, "field", "TECHNOLOGY",
                "summary", "Tóm tắt nội dung sáng kiến: giảm thời gian xử lý hồ sơ.",
                "solution", "Giải pháp: số hoá biểu mẫu.", "benefits", "Tiết kiệm 20% thời gian.",
                "appliedFrom", "2025-03-01", "estimatedValueVnd", 150_000_000L,
                "authors", arr(obj("fullName", "Nguyễn Văn An", "memberCode", "DV-001", "sharePercent", 60),
                        obj("fullName", "Trần Thị Bích", "sharePercent", 40)));
    }

    /** Registers and returns the created initiative (asserting 201). */
    JsonObject register(Api api, JsonObjectBuilder body) {
        return api.post("initiatives", body.build()).expect(201).json();
    }

    JsonObject register(Api api, String campaign, String unit, String title) {
        return register(api, initiativeBody(campaign, unit, title));
    }

    static String id(JsonObject o) {
        return text(o.get("id"));
    }

    static String quoted(JsonObject o) {
        return "\"" + text(o.get("version")) + "\"";
    }

    Response transition(Api api, String id, String action, String comment) {
        return api.post("initiatives/" + id + "/transitions", obj("action", action, "comment", comment).build());
    }

    static Set<String> codes(List<JsonObject> items, String member) {
        return items.stream().map(o -> text(o.get(member))).collect(Collectors.toSet());
    }

    static boolean absent(JsonObject o, String member) {
        return !o.containsKey(member) || o.get(member).getValueType() == JsonValue.ValueType.NULL;
    }

    static boolean ascii(String t) {
        return t.chars().allMatch(c -> c < 128);
    }

    // ==================================================================== operations

    @Test
    void health_up_without_credentials() {
        fx();
        Response r = anon.get("/health").expect(200);
        assertEquals("UP", r.json().getString("status"), r.toString());
    }

    @Test
    void metrics_without_credentials() {
        fx();
        Response r = anon.get("/metrics");
        assertEquals(200, r.status(), r.toString());
        assertFalse(r.text().isBlank(), r.toString());
    }

    @Test
    void openapi_without_credentials_describes_the_api() {
        fx();
        Response r = anon.get("/openapi");
        assertEquals(200, r.status(), r.toString());
        String t = r.text();
        assertTrue(t.contains("/api/v1/initiatives"), "OpenAPI names /api/v1/initiatives: " + r);
        assertTrue(t.contains("schemas"), "OpenAPI has component schemas: " + r);
    }

    // ==================================================================== authentication

    @Test
    void no_credentials_401() {
        fx();
        for (String path : List.of("organizations/TLD", "organizations", "campaigns", "initiatives", "users", "me", "fields")) {
            Response r = anon.get(path).expect(401);
            assertTrue(r.header("WWW-Authenticate").orElse("").toLowerCase(Locale.ROOT).startsWith("basic"),
                    "WWW-Authenticate: Basic expected: " + r);
        }
        Fixtures.organization(anon, "X-" + S, "Không", "DISTRICT", PA).expect(401);
        anon.post("initiatives", initiativeBody(CA, GA1, "Không có quyền").build()).expect(401);
    }

    @Test
    void wrong_credentials_401() {
        fx();
        api().as("admin", "wrong-" + s).get("organizations/TLD").expect(401);
        api().as("nobody." + s, PASSWORD).get("organizations/TLD").expect(401);
        api().as("", "").get("me").expect(401);
        // a malformed Authorization header is a 401, not a 5xx
        for (String h : List.of("Basic !!!not-base64!!!", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)), "Bearer abc.def.ghi", "Basic")) {
            Response r = anon.send("GET", "me", null, null, Map.of("Authorization", h));
            assertEquals(401, r.status(), "Authorization: " + h + " -> " + r);
            r.assertProblem();
        }
        // wrong credentials on an endpoint that also lists: still 401
        api().as(MEMBER_A, "wrong-" + s).get("initiatives").expect(401);
    }

    @Test
    void bootstrap_admin_and_national_organization() {
        fx();
        Response tld = admin.get("organizations/TLD").expect(200);
        assertEquals("NATIONAL", tld.string("level"), tld.toString());
        assertEquals("Tổng Liên đoàn Lao động Việt Nam", tld.string("name"), tld.toString());
        assertTrue(absent(tld.json(), "parentCode"), tld.toString());
        Response me = admin.get("me").expect(200);
        assertEquals("admin", me.string("username"), me.toString());
        assertTrue(me.json().getJsonArray("roles").toString().contains("ADMIN"), me.toString());
        assertEquals("TLD", me.string("organizationCode"), me.toString());
    }

    @Test
    void wrong_role_403() {
        fx();
        Fixtures.organization(as(MEMBER_A), "X1-" + S, "Không được", "GRASSROOTS", DA).expect(403);
        Fixtures.campaign(as(REVIEWER_A), "X2-" + S, PA, null, instantIn(-60), instantIn(3600)).expect(403);
        Fixtures.user(as(MEMBER_A), "x3." + s, PASSWORD, GA1, "MEMBER").expect(403);
        as(UNIT_A).post("campaigns/" + CA + "/close", JsonValue.EMPTY_JSON_OBJECT).expect(403);
        as(REVIEWER_A).post("initiatives", initiativeBody(CA, GA1, "Người thẩm định không đăng ký").build()).expect(403);
        // nothing was created
        admin.get("organizations/X1-" + S).expect(404);
        admin.get("campaigns/X2-" + S).expect(404);
        admin.get("users/x3." + s).expect(404);
    }

    // ==================================================================== errors

    @Test
    void errors_are_problems_in_vietnamese_by_default_and_english_on_request() {
        fx();
        record Case(String method, String path, JsonObject body) { }
        List<Case> cases = List.of(
                new Case("GET", "organizations/NOPE-" + S, null),
                new Case("GET", "initiatives/987654321987", null),
                new Case("POST", "organizations", obj("code", "E1-" + S, "level", "CITY").build()),
                new Case("POST", "organizations", obj("code", PA, "name", "Trùng mã", "level", "PROVINCE",
                        "parentCode", "TLD").build()),
                new Case("POST", "initiatives", initiativeBody(CP, GA1, "Chiến dịch chưa mở").build()));
        for (Case c : cases) {
            String body = c.body() == null ? null : c.body().toString();
            String ct = c.body() == null ? null : "application/json";
            Response vi = admin.send(c.method(), c.path(), body, ct, Map.of());
            Response viExplicit = admin.lang("vi").send(c.method(), c.path(), body, ct, Map.of());
            Response en = admin.lang("en").send(c.method(), c.path(), body, ct, Map.of());
            Response enUs = admin.lang("en-US,en;q=0.9").send(c.method(), c.path(), body, ct, Map.of());
            assertTrue(vi.status() >= 400, vi.toString());
            vi.assertProblem();
            viExplicit.assertProblem();
            en.assertProblem();
            enUs.assertProblem();
            assertEquals(vi.status(), en.status(), en.toString());
            String viText = vi.json().getString("title") + " " + vi.json().getString("detail", "");
            String enText = en.json().getString("title") + " " + en.json().getString("detail", "");
            assertFalse(ascii(viText), "Vietnamese message by default (diacritics expected): " + vi);
            assertEquals(vi.json().getString("title"), viExplicit.json().getString("title"), viExplicit.toString());
            assertTrue(ascii(enText), "English message for Accept-Language: en: " + en);
            assertNotEquals(vi.json().getString("title"), en.json().getString("title"), en.toString());
            assertEquals(en.json().getString("title"), enUs.json().getString("title"), enUs.toString());
            Response fr = admin.lang("fr").send(c.method(), c.path(), body, ct, Map.of());
            fr.assertProblem();
            assertEquals(vi.json().getString("title"), fr.json().getString("title"), "other languages: Vietnamese " + fr);
            for (JsonValue e : en.json().getOrDefault("errors", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                String m = e.asJsonObject().getString("message", "");
                assertTrue(ascii(m), "English validation message: " + en);
            }
        }
        // 401 and 403 are problems in English too
        Response u = anon.lang("en").get("me").expect(401);
        assertTrue(ascii(u.json().getString("title")), u.toString());
        Response f = Fixtures.organization(as(MEMBER_A).lang("en"), "E2-" + S, "Không", "GRASSROOTS", DA).expect(403);
        assertTrue(ascii(f.json().getString("title")), f.toString());
    }

    @Test
    void unknown_path_and_unsupported_media_type() {
        fx();
        admin.get("no-such-collection").expect(404);
        admin.post("organizations", "code=X&name=Y", "application/x-www-form-urlencoded").expectOneOf(415, 400);
        admin.post("organizations", "{\"code\":\"T-" + S + "\"}", "text/plain").expectOneOf(415, 400);
        admin.get("organizations/T-" + S).expect(404);
    }

    // ==================================================================== organizations

    @Test
    void organizations_create_get_and_location() {
        fx();
        String code = "O1-" + S;
        Response r = Fixtures.organization(admin, code, "Công đoàn ngành Giáo dục " + S, "DISTRICT", PA).expect(201);
        assertTrue(r.header("Location").orElse("").endsWith("/api/v1/organizations/" + code), r.toString());
        assertEquals(code, r.string("code"), r.toString());
        Response g = admin.get(r.header("Location").get()).expect(200);
        assertEquals("Công đoàn ngành Giáo dục " + S, g.string("name"), g.toString());
        assertEquals("DISTRICT", g.string("level"), g.toString());
        assertEquals(PA, g.string("parentCode"), g.toString());
        assertTrue(g.json().getBoolean("active", false), g.toString());
    }

    @Test
    void organizations_level_rules() {
        fx();
        // exactly one NATIONAL
        Response n = Fixtures.organization(admin, "N2-" + S, "Tổng Liên đoàn thứ hai", "NATIONAL", null);
        n.expectOneOf(400, 409, 422);
        Fixtures.organization(admin, "N3-" + S, "Quốc gia dưới tỉnh", "NATIONAL", PA).expectOneOf(400, 409, 422);
        admin.get("organizations/N2-" + S).expect(404);
        // a non-national needs a parent
        Fixtures.organization(admin, "P0-" + S, "Tỉnh không cha", "PROVINCE", null).expectInvalid("parentCode");
        // GRASSROOTS under PROVINCE or DISTRICT: fine (GA2, GA1 in the fixture); once more explicitly
        Fixtures.organization(admin, "G3-" + S, "Công đoàn cơ sở trực thuộc tỉnh", "GRASSROOTS", PB).expect(201);
        // a child's level is below its parent's
        Fixtures.organization(admin, "P2-" + S, "Tỉnh dưới huyện", "PROVINCE", DA).expectInvalidAny("level", "parentCode");
        Fixtures.organization(admin, "D2-" + S, "Huyện dưới huyện", "DISTRICT", DA).expectInvalidAny("level", "parentCode");
        Fixtures.organization(admin, "G4-" + S, "Cơ sở dưới cơ sở", "GRASSROOTS", GA1).expectInvalidAny("level", "parentCode");
        Fixtures.organization(admin, "P3-" + S, "Tỉnh dưới tỉnh", "PROVINCE", PA).expectInvalidAny("level", "parentCode");
        for (String c : List.of("P2-", "D2-", "G4-", "P3-", "P0-")) {
            admin.get("organizations/" + c + S).expect(404);
        }
        // unknown parent, unknown level, bad code
        Fixtures.organization(admin, "D3-" + S, "Cha không tồn tại", "DISTRICT", "NOPE-" + S).expectInvalid("parentCode");
        Fixtures.organization(admin, "D4-" + S, "Cấp lạ", "CITY", PA).expectInvalid("level");
        Fixtures.organization(admin, "A B!" + S, "Mã sai", "DISTRICT", PA).expectInvalid("code");
        // everything missing: every field named at once
        admin.post("organizations", obj().build()).expectInvalid("code", "name", "level");
    }

    @Test
    void organizations_duplicate_code_409() {
        fx();
        Fixtures.organization(admin, GA1, "Trùng mã", "GRASSROOTS", DA).expect(409);
        Fixtures.organization(admin, PA, "Trùng mã", "PROVINCE", "TLD").expect(409);
        Fixtures.organization(admin, "TLD", "Trùng mã", "NATIONAL", null).expectOneOf(409, 400, 422);
    }

    @Test
    void organizations_put_name_and_active() {
        fx();
        String code = "O2-" + S;
        Fixtures.organization(admin, code, "Tên cũ " + S, "GRASSROOTS", DA).expect(201);
        Response g = admin.get("organizations/" + code).expect(200);
        JsonObject changed = with(g.json(), "name", "Tên mới — Công đoàn Đồng Tâm " + S, "active", false,
                "level", "PROVINCE", "code", "HACK-" + S);
        Response p = admin.put("organizations/" + code, changed, g.etag()).expect(200);
        assertEquals("Tên mới — Công đoàn Đồng Tâm " + S, p.string("name"), p.toString());
        Response after = admin.get("organizations/" + code).expect(200);
        assertEquals("Tên mới — Công đoàn Đồng Tâm " + S, after.string("name"), after.toString());
        assertFalse(after.json().getBoolean("active", true), after.toString());
        assertEquals("GRASSROOTS", after.string("level"), "level is not changed by PUT: " + after);
        assertEquals(code, after.string("code"), after.toString());
        admin.get("organizations/HACK-" + S).expect(404);
        // PUT validation and unknown
        admin.put("organizations/" + code, with(after.json(), "name", ""), after.etag()).expectInvalid("name");
        admin.put("organizations/NOPE-" + S, obj("name", "Không có", "active", true).build()).expect(404);
    }

    @Test
    void organizations_list_filters() {
        fx();
        Response children = admin.get("organizations" + query("parent", PA, "size", "200")).expect(200);
        List<JsonObject> items = children.items();
        Set<String> c = codes(items, "code");
        assertTrue(c.containsAll(Set.of(DA, GA2)), children.toString());
        assertFalse(c.contains(PB) || c.contains("TLD") || c.contains(PA), children.toString());
        for (JsonObject o : items) {
            assertEquals(PA, text(o.get("parentCode")), "parent filter: " + children);
        }
        assertListShape(children);

        Response grass = admin.get("organizations" + query("parent", DA, "level", "GRASSROOTS")).expect(200);
        assertTrue(codes(grass.items(), "code").contains(GA1), grass.toString());
        grass.items().forEach(o -> assertEquals("GRASSROOTS", text(o.get("level")), grass.toString()));

        Response provinces = admin.get("organizations" + query("level", "PROVINCE", "q", S, "size", "200")).expect(200);
        Set<String> pc = codes(provinces.items(), "code");
        assertTrue(pc.containsAll(Set.of(PA, PB)), provinces.toString());
        provinces.items().forEach(o -> assertEquals("PROVINCE", text(o.get("level")), provinces.toString()));

        Response byName = admin.get("organizations" + query("q", "Ánh Dương " + S)).expect(200);
        assertTrue(codes(byName.items(), "code").contains(GA1), byName.toString());
        assertFalse(codes(byName.items(), "code").contains(GA2), byName.toString());

        admin.get("organizations" + query("level", "CITY")).expectInvalid("level");
        admin.get("organizations" + query("parent", "NOPE-" + S)).expectInvalid("parent");
    }

    @Test
    void organizations_scope_of_a_federation_officer() {
        fx();
        Api fed = as(FED_A);
        fed.get("organizations/" + PA).expect(200);
        fed.get("organizations/" + GA1).expect(200);
        fed.get("organizations/" + PB).expect(404);
        fed.get("organizations/" + GB1).expect(404);
        fed.get("organizations/TLD").expect(404);
        fed.put("organizations/" + PB, obj("name", "Chiếm quyền", "active", false).build(), "\"0\"").expect(404);
        admin.get("organizations/" + PB).expect(200).json();
        assertEquals("Liên đoàn Lao động tỉnh B " + S, admin.get("organizations/" + PB).string("name"));
        // create inside the subtree: fine; outside (or at the top): 400 naming parentCode
        Fixtures.organization(fed, "FD1-" + S, "Huyện do tỉnh A lập", "DISTRICT", PA).expect(201);
        Fixtures.organization(fed, "FD2-" + S, "Cơ sở trong tỉnh B", "GRASSROOTS", PB).expectInvalid("parentCode");
        Fixtures.organization(fed, "FD3-" + S, "Tỉnh mới", "PROVINCE", "TLD").expectInvalid("parentCode");
        admin.get("organizations/FD2-" + S).expect(404);
        // lists show only the subtree
        Response all = fed.get("organizations" + query("size", "200")).expect(200);
        Set<String> c = codes(all.items(), "code");
        assertTrue(c.containsAll(Set.of(PA, DA, GA1, GA2)), all.toString());
        for (String code : c) {
            assertTrue(code.endsWith(S), "only province A's subtree (this run's codes) is visible: " + all);
            assertFalse(Set.of(PB, GB1, "TLD").contains(code), all.toString());
        }
        fed.get("organizations" + query("parent", PB)).expectInvalid("parent");
        Response byLevel = fed.get("organizations" + query("level", "PROVINCE", "size", "200")).expect(200);
        assertEquals(Set.of(PA), codes(byLevel.items(), "code"), byLevel.toString());
    }

    // ==================================================================== campaigns

    @Test
    void campaigns_create_and_status_from_window() {
        fx();
        Response open = admin.get("campaigns/" + CA).expect(200);
        assertEquals("OPEN", open.string("status"), open.toString());
        assertEquals(PA, open.string("organizerCode"), open.toString());
        assertEquals("PLANNED", admin.get("campaigns/" + CP).expect(200).string("status"));
        Response sub = admin.get("campaigns/" + CAS).expect(200);
        assertEquals(CA, sub.string("parentCode"), sub.toString());
        assertEquals("OPEN", sub.string("status"), sub.toString());

        String past = "CX-" + S;
        Response created = Fixtures.campaign(admin, past, PA, null, instantIn(-20 * 86_400), instantIn(-86_400)).expect(201);
        assertEquals("CLOSED", created.string("status"), created.toString());
        assertTrue(created.header("Location").orElse("").endsWith("/api/v1/campaigns/" + past), created.toString());

        String planned = "CY-" + S;
        Response p = Fixtures.campaign(admin, planned, PA, null, instantIn(86_400), instantIn(2 * 86_400)).expect(201);
        assertEquals("PLANNED", p.string("status"), p.toString());
        // times in with +07:00, out as the same instant (UTC or +07:00)
        String opensAt = "2031-05-31T23:59:59+07:00";
        Response q = Fixtures.campaign(admin, "CQ-" + S, PA, null, opensAt, "2031-06-30T23:59:59+07:00").expect(201);
        assertEquals(OffsetDateTime.parse(opensAt).toInstant(), OffsetDateTime.parse(q.string("opensAt")).toInstant(), q.toString());
        Response qg = admin.get("campaigns/CQ-" + S).expect(200);
        assertEquals(OffsetDateTime.parse(opensAt).toInstant(), OffsetDateTime.parse(qg.string("opensAt")).toInstant(), qg.toString());
        String off = qg.string("opensAt");
        assertTrue(off.endsWith("Z") || off.endsWith("+07:00"), "UTC or +07:00 out: " + qg);
    }

    @Test
    void campaigns_status_changes_on_time() throws InterruptedException {
        fx();
        String code = "CT-" + S;
        String opensAt = instantIn(5);
        String closesAt = instantIn(11);
        Response r = Fixtures.campaign(admin, code, PA, null, opensAt, closesAt).expect(201);
        assertEquals("PLANNED", r.string("status"), r.toString());
        long opens = OffsetDateTime.parse(opensAt).toInstant().toEpochMilli();
        long closes = OffsetDateTime.parse(closesAt).toInstant().toEpochMilli();
        String status = awaitStatus(code, "OPEN", opens + 5_000 + 1_000);
        assertEquals("OPEN", status, "OPEN within 5 s of opensAt");
        status = awaitStatus(code, "CLOSED", closes + 5_000 + 1_000);
        assertEquals("CLOSED", status, "CLOSED within 5 s of closesAt");
    }

    private String awaitStatus(String code, String wanted, long deadlineMillis) throws InterruptedException {
        String last = null;
        while (true) {
            last = admin.get("campaigns/" + code).expect(200).string("status");
            if (wanted.equals(last) || System.currentTimeMillis() > deadlineMillis) {
                return last;
            }
            Thread.sleep(300);
        }
    }

    @Test
    void campaigns_validation() {
        fx();
        admin.post("campaigns", obj().build()).expectInvalid("code", "name", "organizerCode", "opensAt", "closesAt");
        Fixtures.campaign(admin, "CV1-" + S, PA, null, instantIn(3600), instantIn(60)).expectInvalidAny("closesAt", "opensAt");
        Fixtures.campaign(admin, "CV2-" + S, PA, null, "31/05/2022", "2022-06-31T00:00:00+07:00")
                .expectInvalid("opensAt", "closesAt");
        Fixtures.campaign(admin, "CV3-" + S, "NOPE-" + S, null, instantIn(-60), instantIn(3600)).expectInvalid("organizerCode");
        Fixtures.campaign(admin, "CV4-" + S, PA, "NOPE-" + S, instantIn(-60), instantIn(3600)).expectInvalid("parentCode");
        Fixtures.campaign(admin, Fixtures.campaignBody("CV5-" + S, PA, null, instantIn(-60), instantIn(3600))
                .add("targetInitiatives", -5)).expectInvalid("targetInitiatives");
        Fixtures.campaign(admin, Fixtures.campaignBody("CV6-" + S, PA, null, instantIn(-60), instantIn(3600))
                .add("targetCoveragePercent", 101)).expectInvalid("targetCoveragePercent");
        Fixtures.campaign(admin, CA, PA, null, instantIn(-60), instantIn(3600)).expect(409);
        for (String c : List.of("CV1-", "CV2-", "CV3-", "CV4-", "CV5-", "CV6-")) {
            admin.get("campaigns/" + c + S).expect(404);
        }
    }

    @Test
    void campaigns_sub_campaign_window_inside_parent() {
        fx();
        // CA: [now-1d, now+30d)
        Fixtures.campaign(admin, "CS1-" + S, PA, CA, instantIn(-2 * 86_400), instantIn(86_400))
                .expectInvalidAny("opensAt", "closesAt");
        Fixtures.campaign(admin, "CS2-" + S, PA, CA, instantIn(-3_600), instantIn(31 * 86_400))
                .expectInvalidAny("closesAt", "opensAt");
        Response ok = Fixtures.campaign(admin, "CS3-" + S, PA, CA, instantIn(-3_600), instantIn(86_400)).expect(201);
        assertEquals(CA, ok.string("parentCode"), ok.toString());
        // moving the sub-campaign's window out of its parent's by PUT is refused as well
        Response g = admin.get("campaigns/CS3-" + S).expect(200);
        admin.put("campaigns/CS3-" + S, with(g.json(), "closesAt", instantIn(40 * 86_400)), g.etag())
                .expectInvalidAny("closesAt", "opensAt");
    }

    @Test
    void campaigns_put_close_and_closed_is_final() {
        fx();
        String code = "CU-" + S;
        Fixtures.campaign(admin, code, PA, null, instantIn(-3_600), instantIn(10 * 86_400)).expect(201);
        Response g = admin.get("campaigns/" + code).expect(200);
        String newClose = instantIn(12 * 86_400);
        JsonObject body = with(g.json(), "name", "Đợt cao điểm — đổi tên " + S, "closesAt", newClose,
                "targetInitiatives", 250, "status", "CLOSED", "organizerCode", PB);
        Response p = admin.put("campaigns/" + code, body, g.etag()).expect(200);
        assertEquals("Đợt cao điểm — đổi tên " + S, p.string("name"), p.toString());
        assertEquals("OPEN", p.string("status"), "status is read-only: " + p);
        Response after = admin.get("campaigns/" + code).expect(200);
        assertEquals(250, after.json().getInt("targetInitiatives"), after.toString());
        assertEquals(OffsetDateTime.parse(newClose).toInstant(), OffsetDateTime.parse(after.string("closesAt")).toInstant(),
                after.toString());
        assertEquals(PA, after.string("organizerCode"), after.toString());

        Response closed = admin.post("campaigns/" + code + "/close", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals("CLOSED", closed.string("status"), closed.toString());
        assertEquals("CLOSED", admin.get("campaigns/" + code).expect(200).string("status"));
        Response g2 = admin.get("campaigns/" + code).expect(200);
        admin.put("campaigns/" + code, with(g2.json(), "name", "Không được sửa"), g2.etag()).expect(409);
        admin.post("campaigns/" + code + "/close", JsonValue.EMPTY_JSON_OBJECT).expect(409);
        // registration into a closed campaign: 409
        admin.post("initiatives", initiativeBody(code, GA1, "Đăng ký sau khi đóng").build()).expect(409);
        // a campaign whose window has passed is CLOSED as well: no PUT
        String past = "CW-" + S;
        Fixtures.campaign(admin, past, PA, null, instantIn(-10 * 86_400), instantIn(-86_400)).expect(201);
        Response g3 = admin.get("campaigns/" + past).expect(200);
        admin.put("campaigns/" + past, with(g3.json(), "closesAt", instantIn(86_400)), g3.etag()).expect(409);
        // unknown
        admin.post("campaigns/NOPE-" + S + "/close", JsonValue.EMPTY_JSON_OBJECT).expect(404);
    }

    @Test
    void campaigns_list_and_scope() {
        fx();
        Response byOrganizer = admin.get("campaigns" + query("organizer", PA, "size", "200")).expect(200);
        Set<String> c = codes(byOrganizer.items(), "code");
        assertTrue(c.containsAll(Set.of(CA, CAS, CP)), byOrganizer.toString());
        assertFalse(c.contains(CB), byOrganizer.toString());
        assertListShape(byOrganizer);

        Api fed = as(FED_A);
        fed.get("campaigns/" + CA).expect(200);
        fed.get("campaigns/" + CB).expect(404);
        Response g = admin.get("campaigns/" + CB).expect(200);
        fed.put("campaigns/" + CB, with(g.json(), "name", "Chiếm quyền"), g.etag()).expect(404);
        fed.post("campaigns/" + CB + "/close", JsonValue.EMPTY_JSON_OBJECT).expect(404);
        assertEquals("OPEN", admin.get("campaigns/" + CB).expect(200).string("status"));
        // bodies naming B's organization or campaign: 400 with the field
        Fixtures.campaign(fed, "CF1-" + S, PB, null, instantIn(-60), instantIn(3600)).expectInvalid("organizerCode");
        Fixtures.campaign(fed, "CF2-" + S, PA, CB, instantIn(-60), instantIn(3600)).expectInvalid("parentCode");
        Fixtures.campaign(fed, "CF3-" + S, PA, null, instantIn(-60), instantIn(3600)).expect(201);
        Response list = fed.get("campaigns" + query("size", "200")).expect(200);
        Set<String> lc = codes(list.items(), "code");
        assertTrue(lc.containsAll(Set.of(CA, CAS, CP, "CF3-" + S)), list.toString());
        assertFalse(lc.contains(CB), list.toString());
        // reading a campaign in its own subtree: any role of province A
        as(MEMBER_A).get("campaigns/" + CA).expect(200);
        as(MEMBER_A).get("campaigns/" + CB).expect(404);
    }

    // ==================================================================== initiatives: registration

    @Test
    void initiatives_register_201_with_location_etag_and_status() {
        fx();
        Response r = as(MEMBER_A).post("initiatives", initiativeBody(CA, GA1, "Sổ tay điện tử " + S).build()).expect(201);
        JsonObject o = r.json();
        String id = id(o);
        assertNotNull(id, r.toString());
        assertEquals("SUBMITTED", o.getString("status"), r.toString());
        assertNotNull(OffsetDateTime.parse(o.getString("registeredAt")), r.toString());
        assertTrue(Math.abs(OffsetDateTime.parse(o.getString("registeredAt")).toEpochSecond()
                - OffsetDateTime.now().toEpochSecond()) < 300, "registeredAt is now: " + r);
        assertTrue(o.containsKey("version"), r.toString());
        assertTrue(r.header("Location").orElse("").endsWith("/api/v1/initiatives/" + id), r.toString());
        assertEquals(quoted(o), r.etag(), "ETag is the quoted version: " + r);
        assertEquals(CA, o.getString("campaignCode"), r.toString());
        assertEquals(GA1, o.getString("unitCode"), r.toString());
        assertEquals(2, o.getJsonArray("authors").size(), r.toString());
        assertEquals(150_000_000L, o.getJsonNumber("estimatedValueVnd").longValueExact(), r.toString());
        assertEquals("2025-03-01", o.getString("appliedFrom"), r.toString());

        Response draft = as(MEMBER_A).post("initiatives", initiativeBody(CA, GA1, "Bản nháp " + S)
                .add("submit", false).build()).expect(201);
        assertEquals("DRAFT", draft.string("status"), draft.toString());
        Response explicit = as(UNIT_A).post("initiatives", initiativeBody(CAS, GA1, "Nộp ngay " + S)
                .add("submit", true).build()).expect(201);
        assertEquals("SUBMITTED", explicit.string("status"), explicit.toString());
        // an integration account and a federation officer register in their subtree too
        as(INTEG_A).post("initiatives", initiativeBody(CA, GA2, "Từ hệ thống tỉnh " + S).build()).expect(201);
        as(FED_A).post("initiatives", initiativeBody(CA, GA2, "Từ liên đoàn tỉnh " + S).build()).expect(201);
        // no authors' shares at all is fine
        JsonObject noShares = register(as(MEMBER_A), initiativeBody(CA, GA1, "Không chia tỷ lệ " + S)
                .add("authors", arr(obj("fullName", "Lê Văn Cường"), obj("fullName", "Phạm Thị Dung"))));
        assertEquals(2, noShares.getJsonArray("authors").size(), noShares.toString());
    }

    @Test
    void initiatives_registered_at_once_are_each_stored_once_with_their_history() throws Exception {
        fx();
        int count = 48;
        String tag = "Đồng loạt " + S;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String title = tag + " số " + i;
                // Members, officers and a refused one side by side: what the fast way refuses is still answered.
                Api who = i % 3 == 0 ? as(MEMBER_A) : i % 3 == 1 ? as(UNIT_A) : as(INTEG_A);
                answers.add(pool.submit(() -> register(who, initiativeBody(CA, GA1, title))));
                answers.add(pool.submit(() -> who.post("initiatives", initiativeBody(CA, GA1, "x").build())
                        .expectInvalid("title").json()));
            }
            Set<String> ids = new HashSet<>();
            for (var answer : answers) {
                JsonObject o = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                if (o.containsKey("id")) {
                    assertTrue(ids.add(id(o)), "a new id each time: " + o);
                }
            }
            assertEquals(count, ids.size());
            for (String id : ids) {
                JsonObject stored = admin.get("initiatives/" + id).expect(200).json();
                assertTrue(stored.getString("title").startsWith(tag), stored.toString());
                assertEquals(2, stored.getJsonArray("authors").size(), stored.toString());
                List<JsonObject> history = admin.get("initiatives/" + id + "/history").expect(200).items();
                assertEquals(1, history.size(), history.toString());
                assertEquals("REGISTER", history.get(0).getString("action"), history.toString());
            }
            Response listed = admin.get("initiatives" + Api.query("campaign", CA, "q", tag, "size", "100"))
                    .expect(200);
            assertEquals(count, listed.number("total"), listed.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void initiatives_vietnamese_text_round_trips_exactly() {
        fx();
        String summary = "Nội dung: “Ưu tiên” ữ ỹ ặ ẫ ổ ự — tiết kiệm 1.000.000 đồng/tháng; ký tự kết hợp: Tiếng Việt\u0301 ✓ 𝔸";
        String author = "Đặng Thị Ngọc Ánh";
        JsonObject created = register(as(MEMBER_A), initiativeBody(CA, GA1, VI_TITLE)
                .add("summary", summary)
                .add("authors", arr(obj("fullName", author, "sharePercent", 100))));
        assertEquals(VI_TITLE, created.getString("title"));
        Response g = as(MEMBER_A).get("initiatives/" + id(created)).expect(200);
        assertTrue(g.contentType().toLowerCase(Locale.ROOT).startsWith("application/json"), g.toString());
        assertEquals(VI_TITLE, g.string("title"));
        assertEquals(summary, g.string("summary"));
        assertEquals(author, g.json().getJsonArray("authors").getJsonObject(0).getString("fullName"));
        // byte-exact: the UTF-8 bytes of the title appear in the raw body
        String raw = new String(g.bytes(), StandardCharsets.UTF_8);
        assertTrue(raw.contains(VI_TITLE) || raw.contains(escapeJson(VI_TITLE)), raw);
        // and through a list
        Response list = admin.get("initiatives" + query("campaign", CA, "q", "Đồng Nai", "size", "200")).expect(200);
        assertTrue(list.items().stream().anyMatch(o -> VI_TITLE.equals(o.getString("title", null))
                && id(created).equals(id(o))), list.toString());
    }

    private static String escapeJson(String t) {
        return jakarta.json.Json.createValue(t).toString().replaceAll("^\"|\"$", "");
    }

    @Test
    void initiatives_campaign_must_be_open_409() {
        fx();
        as(MEMBER_A).post("initiatives", initiativeBody(CP, GA1, "Chiến dịch chưa mở " + S).build()).expect(409);
        String past = "CZ-" + S;
        Fixtures.campaign(admin, past, PA, null, instantIn(-10 * 86_400), instantIn(-86_400)).expect(201);
        as(MEMBER_A).post("initiatives", initiativeBody(past, GA1, "Chiến dịch đã đóng " + S).build()).expect(409);
        as(MEMBER_A).post("initiatives", initiativeBody("NOPE-" + S, GA1, "Chiến dịch không có " + S).build())
                .expectInvalid("campaignCode");
    }

    @Test
    void initiatives_unit_must_be_grassroots_inside_organizer_subtree() {
        fx();
        admin.post("initiatives", initiativeBody(CA, DA, "Đơn vị là cấp huyện " + S).build()).expectInvalid("unitCode");
        admin.post("initiatives", initiativeBody(CA, PA, "Đơn vị là cấp tỉnh " + S).build()).expectInvalid("unitCode");
        admin.post("initiatives", initiativeBody(CA, GB1, "Đơn vị ngoài tỉnh tổ chức " + S).build()).expectInvalid("unitCode");
        admin.post("initiatives", initiativeBody(CA, "NOPE-" + S, "Đơn vị không có " + S).build()).expectInvalid("unitCode");
        // a sub-campaign: same rule
        admin.post("initiatives", initiativeBody(CAS, GB1, "Ngoài tỉnh, đợt con " + S).build()).expectInvalid("unitCode");
    }

    @Test
    void initiatives_title_length() {
        fx();
        Api m = as(MEMBER_A);
        m.post("initiatives", initiativeBody(CA, GA1, "Ngắn").build()).expectInvalid("title");
        m.post("initiatives", initiativeBody(CA, GA1, "đ".repeat(301)).build()).expectInvalid("title");
        m.post("initiatives", initiativeBody(CA, GA1, "    ").build()).expectInvalid("title");
        JsonObject five = register(m, initiativeBody(CA, GA1, "Ngắn!"));
        assertEquals("Ngắn!", five.getString("title"));
        String t300 = ("Tối ưu " + S + " ").repeat(40).substring(0, 299) + "x";
        JsonObject max = register(m, initiativeBody(CA, GA1, t300));
        assertEquals(t300, max.getString("title"));
    }

    @Test
    void initiatives_authors_count_and_shares() {
        fx();
        Api m = as(MEMBER_A);
        m.post("initiatives", initiativeBody(CA, GA1, "Không tác giả " + S).add("authors", arr()).build())
                .expectInvalid("authors");
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(obj("fullName", "Tác giả số " + i).build());
        }
        m.post("initiatives", initiativeBody(CA, GA1, "Hai mốt tác giả " + S).add("authors", vn.sangkien.support.Json2.value(many)).build())
                .expectInvalid("authors");
        JsonObject twenty = register(m, initiativeBody(CA, GA1, "Hai mươi tác giả " + S).add("authors", vn.sangkien.support.Json2.value(many.subList(0, 20))));
        assertEquals(20, twenty.getJsonArray("authors").size());
        m.post("initiatives", initiativeBody(CA, GA1, "Tỷ lệ sai " + S).add("authors", arr(
                obj("fullName", "Nguyễn Văn An", "sharePercent", 50),
                obj("fullName", "Trần Thị Bích", "sharePercent", 40))).build()).expectInvalid("authors");
        m.post("initiatives", initiativeBody(CA, GA1, "Tỷ lệ vượt " + S).add("authors", arr(
                obj("fullName", "Nguyễn Văn An", "sharePercent", 70),
                obj("fullName", "Trần Thị Bích", "sharePercent", 40))).build()).expectInvalid("authors");
        m.post("initiatives", initiativeBody(CA, GA1, "Tác giả không tên " + S).add("authors", arr(
                obj("memberCode", "DV-9", "sharePercent", 100))).build()).expectInvalid("authors");
        m.post("initiatives", initiativeBody(CA, GA1, "Không có danh sách " + S).remove("authors").build())
                .expectInvalid("authors");
    }

    @Test
    void initiatives_validation_names_every_bad_field_at_once() {
        fx();
        JsonObject body = obj("campaignCode", "NOPE-" + S, "unitCode", DA, "title", "abc", "field", "ASTROLOGY",
                "summary", "", "authors", arr(), "estimatedValueVnd", -1, "appliedFrom", "2024-13-45").build();
        Response r = as(MEMBER_A).post("initiatives", body)
                .expectInvalid("campaignCode", "title", "field", "summary", "authors", "estimatedValueVnd", "appliedFrom");
        as(MEMBER_A).post("initiatives", obj().build()).expectInvalid("campaignCode", "unitCode", "title", "field",
                "summary", "authors");
        // field must be one of /fields
        as(MEMBER_A).post("initiatives", initiativeBody(CA, GA1, "Lĩnh vực lạ " + S).add("field", "technology").build())
                .expectInvalid("field");
        // money: whole, non-negative
        as(MEMBER_A).post("initiatives", initiativeBody(CA, GA1, "Tiền lẻ " + S).add("estimatedValueVnd", 1.5).build())
                .expectInvalid("estimatedValueVnd");
    }

    /**
     * Tolerant reader (README, "API choices"): a member the contract does not define is ignored,
     * so that a client may send back what it read; it never grants anything or is stored.
     */
    @Test
    void unknown_members_are_ignored_and_grant_nothing() {
        fx();
        Response initiative = as(MEMBER_A).post("initiatives",
                initiativeBody(CA, GA1, "Trường lạ " + S).add("colour", "đỏ").build()).expect(201);
        assertFalse(initiative.json().containsKey("colour"), initiative.toString());
        Response user = Fixtures.user(admin, Fixtures.userBody("um3." + s, PASSWORD, GA1, "MEMBER")
                .add("isAdmin", true).add("admin", true)).expect(201);
        assertFalse(user.json().containsKey("isAdmin"), user.toString());
        assertEquals(List.of("MEMBER"), user.json().getJsonArray("roles").getValuesAs(v -> text(v)), user.toString());
        Fixtures.user(api().as("um3." + s, PASSWORD), "um4." + s, PASSWORD, GA1, "ADMIN").expect(403);
    }

    @Test
    void fields_catalog() {
        fx();
        Response f = as(MEMBER_A).get("fields").expect(200);
        Set<String> c = codes(f.items(), "code");
        assertTrue(c.containsAll(Set.of("TECHNOLOGY", "DIGITAL", "MANAGEMENT", "OTHER")), f.toString());
        for (String code : c) {
            register(as(MEMBER_A), initiativeBody(CAS, GA1, "Lĩnh vực " + code + " " + S).add("field", code)
                    .add("submit", false));
        }
    }

    // ==================================================================== initiatives: read and edit

    @Test
    void initiatives_get_put_with_if_match() {
        fx();
        Api m = as(MEMBER_A);
        JsonObject d = register(m, initiativeBody(CA, GA1, "Bản nháp để sửa " + S).add("submit", false));
        String id = id(d);
        Response g = m.get("initiatives/" + id).expect(200);
        assertEquals(quoted(g.json()), g.etag(), g.toString());
        assertEquals("DRAFT", g.string("status"));
        String etag1 = g.etag();

        JsonObject changed = with(g.json(), "title", "Bản nháp đã sửa — lần 1 " + S, "status", "RECOGNIZED",
                "id", 1, "registeredAt", "2000-01-01T00:00:00Z", "version", 999,
                "authors", arr(obj("fullName", "Hoàng Văn Em", "sharePercent", 100)));
        m.send("PUT", "initiatives/" + id, changed.toString(), "application/json", Map.of()).expect(428);
        Response p = m.put("initiatives/" + id, changed, etag1).expect(200);
        assertEquals("Bản nháp đã sửa — lần 1 " + S, p.string("title"), p.toString());
        assertEquals("DRAFT", p.string("status"), "status is read-only: " + p);
        assertEquals(id, id(p.json()), p.toString());
        assertNotEquals(etag1, p.etag(), "the version moved on: " + p);
        assertEquals(quoted(p.json()), p.etag(), p.toString());
        assertEquals(OffsetDateTime.parse(g.string("registeredAt")).toInstant(),
                OffsetDateTime.parse(p.string("registeredAt")).toInstant(), p.toString());
        Response after = m.get("initiatives/" + id).expect(200);
        assertEquals(1, after.json().getJsonArray("authors").size(), after.toString());
        assertEquals("Hoàng Văn Em", after.json().getJsonArray("authors").getJsonObject(0).getString("fullName"));
        // stale version
        m.put("initiatives/" + id, with(after.json(), "title", "Sửa với phiên bản cũ " + S), etag1).expect(412);
        m.put("initiatives/" + id, with(after.json(), "title", "Sửa với phiên bản lạ " + S), "\"abc\"").expectOneOf(412, 400);
        assertEquals("Bản nháp đã sửa — lần 1 " + S, m.get("initiatives/" + id).string("title"));
        // validation on PUT
        m.put("initiatives/" + id, with(after.json(), "title", "abc"), after.etag()).expectInvalid("title");
        // moving the draft to another province's campaign/unit: refused with the field (or the member ignored)
        after = refusedOrIgnored(m, id, after, "campaignCode", CB);
        after = refusedOrIgnored(m, id, after, "unitCode", GB1);
        // once SUBMITTED: 409
        Response sub = transition(m, id, "SUBMIT", null).expect(200);
        assertEquals("SUBMITTED", sub.string("status"), sub.toString());
        Response g2 = m.get("initiatives/" + id).expect(200);
        m.put("initiatives/" + id, with(g2.json(), "title", "Sửa khi đã nộp " + S), g2.etag()).expect(409);
        // unknown id
        m.put("initiatives/987654321987", g2.json(), g2.etag()).expect(404);
    }

    private Response refusedOrIgnored(Api m, String id, Response current, String member, String value) {
        Response r = m.put("initiatives/" + id, with(current.json(), member, value), current.etag());
        if (r.status() == 200) {
            Response g = m.get("initiatives/" + id).expect(200);
            assertNotEquals(value, g.string(member), "out-of-scope " + member + " must not be stored: " + g);
            return g;
        }
        r.expectInvalid(member);
        return m.get("initiatives/" + id).expect(200);
    }

    // ==================================================================== initiatives: lists

    @Test
    void initiatives_list_filters_and_subtrees() {
        fx();
        String c = "CL-" + S, cs = "CLS-" + S;
        Fixtures.campaign(admin, c, PA, null, instantIn(-3_600), instantIn(10 * 86_400)).expect(201);
        Fixtures.campaign(admin, cs, PA, c, instantIn(-3_600), instantIn(5 * 86_400)).expect(201);
        Api m = as(MEMBER_A);
        JsonObject a = register(m, initiativeBody(c, GA1, "Nâng cao năng suất lao động " + S));
        JsonObject b = register(m, initiativeBody(cs, GA1, "Giảm chi phí điện năng " + S).add("field", "DIGITAL"));
        JsonObject d = register(as(FED_A), initiativeBody(cs, GA2, "Quản lý kho bằng mã vạch " + S).add("submit", false));

        Set<String> all = ids(admin.get("initiatives" + query("campaign", c, "size", "200")).expect(200));
        assertEquals(Set.of(id(a), id(b), id(d)), all, "campaign includes its sub-campaigns");
        assertEquals(Set.of(id(b), id(d)), ids(admin.get("initiatives" + query("campaign", cs)).expect(200)));
        assertEquals(Set.of(id(a), id(b)), ids(admin.get("initiatives" + query("campaign", c, "unit", DA)).expect(200)),
                "unit includes its subtree (DA ⊃ GA1)");
        assertEquals(Set.of(id(a), id(b), id(d)), ids(admin.get("initiatives" + query("campaign", c, "unit", PA)).expect(200)));
        assertEquals(Set.of(id(d)), ids(admin.get("initiatives" + query("campaign", c, "unit", GA2)).expect(200)));
        assertEquals(Set.of(id(d)), ids(admin.get("initiatives" + query("campaign", c, "status", "DRAFT")).expect(200)));
        assertEquals(Set.of(id(a), id(b)), ids(admin.get("initiatives" + query("campaign", c, "status", "SUBMITTED")).expect(200)));
        assertEquals(Set.of(id(b)), ids(admin.get("initiatives" + query("campaign", c, "field", "DIGITAL")).expect(200)));
        // q: words of the title, regardless of case and diacritics
        for (String q : List.of("nang suat", "Năng Suất", "lao dong", "LAO ĐỘNG", "năng suất lao động", "NANG SUAT")) {
            Set<String> found = ids(admin.get("initiatives" + query("campaign", c, "q", q)).expect(200));
            assertEquals(Set.of(id(a)), found, "q=" + q);
        }
        // "năng" is a word of both "Nâng cao năng suất lao động" and "Giảm chi phí điện năng"
        for (String q : List.of("NĂNG", "nang", "Năng")) {
            Set<String> found = ids(admin.get("initiatives" + query("campaign", c, "q", q)).expect(200));
            assertEquals(Set.of(id(a), id(b)), found, "q=" + q);
        }
        assertEquals(Set.of(id(b)), ids(admin.get("initiatives" + query("campaign", c, "q", "dien nang")).expect(200)));
        // without diacritics "nâng" is "nang" too
        assertEquals(Set.of(id(a), id(b)), ids(admin.get("initiatives" + query("campaign", c, "q", "nâng")).expect(200)));
        assertEquals(Set.of(id(d)), ids(admin.get("initiatives" + query("campaign", c, "q", "ma vach")).expect(200)));
        assertEquals(Set.of(), ids(admin.get("initiatives" + query("campaign", c, "q", "khongcotu" + s)).expect(200)));
        // the federation officer of A sees them too, through the same filters
        assertEquals(all, ids(as(FED_A).get("initiatives" + query("campaign", c)).expect(200)));
        // bad filters
        admin.get("initiatives" + query("status", "FOO")).expectInvalid("status");
        admin.get("initiatives" + query("campaign", "NOPE-" + S)).expectInvalid("campaign");
        admin.get("initiatives" + query("unit", "NOPE-" + S)).expectInvalid("unit");
        admin.get("initiatives" + query("field", "ASTROLOGY")).expectOneOf(400, 422);
    }

    @Test
    void initiatives_list_paging() {
        fx();
        String c = "CPG-" + S;
        Fixtures.campaign(admin, c, PA, null, instantIn(-3_600), instantIn(10 * 86_400)).expect(201);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(id(register(as(MEMBER_A), initiativeBody(c, GA1, "Sáng kiến phân trang số " + i + " " + S))));
        }
        Response p0 = admin.get("initiatives" + query("campaign", c, "page", "0", "size", "2")).expect(200);
        JsonObject j = p0.json();
        assertEquals(0, j.getInt("page"), p0.toString());
        assertEquals(2, j.getInt("size"), p0.toString());
        assertEquals(5, j.getJsonNumber("total").longValue(), p0.toString());
        assertEquals(2, p0.items().size(), p0.toString());
        Response p1 = admin.get("initiatives" + query("campaign", c, "page", "1", "size", "2")).expect(200);
        Response p2 = admin.get("initiatives" + query("campaign", c, "page", "2", "size", "2")).expect(200);
        assertEquals(1, p2.items().size(), p2.toString());
        Set<String> union = new HashSet<>();
        union.addAll(ids(p0));
        union.addAll(ids(p1));
        union.addAll(ids(p2));
        assertEquals(created, union, "pages cover every item exactly once");
        Response p9 = admin.get("initiatives" + query("campaign", c, "page", "9", "size", "2")).expect(200);
        assertEquals(0, p9.items().size(), p9.toString());
        assertEquals(5, p9.json().getJsonNumber("total").longValue(), p9.toString());
        Response def = admin.get("initiatives" + query("campaign", c)).expect(200);
        assertEquals(20, def.json().getInt("size"), "default size 20: " + def);
        assertEquals(0, def.json().getInt("page"), def.toString());
        admin.get("initiatives" + query("size", "200")).expect(200);
        admin.get("initiatives" + query("size", "201")).expectInvalid("size");
        admin.get("initiatives" + query("size", "0")).expectInvalid("size");
        admin.get("initiatives" + query("size", "abc")).expectInvalid("size");
        admin.get("initiatives" + query("page", "-1")).expectInvalid("page");
        admin.get("organizations" + query("size", "1000")).expectInvalid("size");
        admin.get("campaigns" + query("size", "201")).expectInvalid("size");
        admin.get("users" + query("organization", PA, "size", "201")).expectInvalid("size");
    }

    static Set<String> ids(Response list) {
        return list.items().stream().map(RegistryApiIT::id).collect(Collectors.toSet());
    }

    static void assertListShape(Response list) {
        JsonObject j = list.json();
        assertTrue(j.get("items") instanceof JsonArray, list.toString());
        assertTrue(j.containsKey("page") && j.containsKey("size") && j.containsKey("total"), list.toString());
    }

    // ==================================================================== initiatives: workflow

    @Test
    void transitions_full_path_and_history() {
        fx();
        JsonObject i = register(as(MEMBER_A), initiativeBody(CA, GA1, "Quy trình đầy đủ " + S));
        String id = id(i);
        Response v = transition(as(UNIT_A), id, "VERIFY", "Đã xác minh tại đơn vị").expect(200);
        assertEquals("VERIFIED", v.string("status"), v.toString());
        Response r = transition(as(REVIEWER_A), id, "RECOGNIZE", "Hội đồng công nhận").expect(200);
        assertEquals("RECOGNIZED", r.string("status"), r.toString());
        assertEquals("RECOGNIZED", as(MEMBER_A).get("initiatives/" + id).expect(200).string("status"));

        List<JsonObject> h = as(MEMBER_A).get("initiatives/" + id + "/history").expect(200).items();
        assertEquals(3, h.size(), h.toString());
        assertTrue(absent(h.get(0), "from"), "registration: from null " + h);
        assertEquals("SUBMITTED", text(h.get(0).get("to")), h.toString());
        assertEquals(MEMBER_A, text(h.get(0).get("by")), h.toString());
        assertEquals("SUBMITTED", text(h.get(1).get("from")), h.toString());
        assertEquals("VERIFIED", text(h.get(1).get("to")), h.toString());
        assertEquals(UNIT_A, text(h.get(1).get("by")), h.toString());
        assertEquals("Đã xác minh tại đơn vị", text(h.get(1).get("comment")), h.toString());
        assertEquals("VERIFIED", text(h.get(2).get("from")), h.toString());
        assertEquals("RECOGNIZED", text(h.get(2).get("to")), h.toString());
        assertEquals(REVIEWER_A, text(h.get(2).get("by")), h.toString());
        assertEquals("Hội đồng công nhận", text(h.get(2).get("comment")), h.toString());
        OffsetDateTime prev = null;
        for (JsonObject e : h) {
            OffsetDateTime at = OffsetDateTime.parse(text(e.get("at")));
            if (prev != null) {
                assertFalse(at.isBefore(prev), "oldest first: " + h);
            }
            prev = at;
        }
        // nothing more from RECOGNIZED
        transition(admin, id, "SUBMIT", null).expect(409);
        transition(admin, id, "VERIFY", null).expect(409);
    }

    @Test
    void transitions_draft_submit_withdraw_and_history_starts_with_draft() {
        fx();
        JsonObject i = register(as(MEMBER_A), initiativeBody(CA, GA1, "Nháp rồi nộp " + S).add("submit", false));
        String id = id(i);
        transition(admin, id, "VERIFY", null).expect(409);
        assertEquals(1, as(MEMBER_A).get("initiatives/" + id + "/history").expect(200).items().size());
        Response s1 = transition(as(MEMBER_A), id, "SUBMIT", null).expect(200);
        assertEquals("SUBMITTED", s1.string("status"), s1.toString());
        // the history read before a transition shows it right after (no stale copy)
        assertEquals(2, as(MEMBER_A).get("initiatives/" + id + "/history").expect(200).items().size());
        Response w = transition(as(MEMBER_A), id, "WITHDRAW", "Tác giả rút lại").expect(200);
        assertEquals("WITHDRAWN", w.string("status"), w.toString());
        transition(as(MEMBER_A), id, "SUBMIT", null).expectOneOf(409, 403);
        transition(admin, id, "SUBMIT", null).expect(409);
        List<JsonObject> h = as(MEMBER_A).get("initiatives/" + id + "/history").expect(200).items();
        assertEquals(3, h.size(), h.toString());
        assertTrue(absent(h.get(0), "from"), h.toString());
        assertEquals("DRAFT", text(h.get(0).get("to")), h.toString());
        assertEquals(MEMBER_A, text(h.get(0).get("by")), h.toString());
        assertEquals(List.of("DRAFT", "SUBMITTED", "WITHDRAWN"),
                h.stream().map(e -> text(e.get("to"))).collect(Collectors.toList()), h.toString());
    }

    @Test
    void transitions_return_and_reject_need_a_comment() {
        fx();
        String id = id(register(as(MEMBER_A), initiativeBody(CA, GA1, "Cần trả lại " + S)));
        transition(as(UNIT_A), id, "RETURN", null).expectInvalid("comment");
        transition(as(UNIT_A), id, "RETURN", "   ").expectInvalid("comment");
        transition(as(UNIT_A), id, "REJECT", null).expectInvalid("comment");
        assertEquals("SUBMITTED", admin.get("initiatives/" + id).string("status"));
        Response ret = transition(as(UNIT_A), id, "RETURN", "Cần bổ sung số liệu hiệu quả").expect(200);
        assertEquals("RETURNED", ret.string("status"), ret.toString());
        // RETURNED can be edited by the author, then submitted again
        Response g = as(MEMBER_A).get("initiatives/" + id).expect(200);
        Response p = as(MEMBER_A).put("initiatives/" + id, with(g.json(), "benefits", "Tiết kiệm 35% thời gian, 200 triệu đồng/năm"),
                g.etag()).expect(200);
        assertEquals("RETURNED", p.string("status"), p.toString());
        assertEquals("SUBMITTED", transition(as(MEMBER_A), id, "SUBMIT", null).expect(200).string("status"));
        Response rej = transition(as(UNIT_A), id, "REJECT", "Không đủ tính mới").expect(200);
        assertEquals("REJECTED", rej.string("status"), rej.toString());
        transition(admin, id, "SUBMIT", null).expect(409);
        transition(admin, id, "RECOGNIZE", null).expect(409);
        List<JsonObject> h = admin.get("initiatives/" + id + "/history").expect(200).items();
        assertEquals(List.of("SUBMITTED", "RETURNED", "SUBMITTED", "REJECTED"),
                h.stream().map(e -> text(e.get("to"))).collect(Collectors.toList()), h.toString());
        assertEquals("Cần bổ sung số liệu hiệu quả", text(h.get(1).get("comment")), h.toString());
        assertEquals("Không đủ tính mới", text(h.get(3).get("comment")), h.toString());
        // a reviewer may reject a VERIFIED one (with comment)
        String id2 = id(register(as(MEMBER_A), initiativeBody(CA, GA1, "Thẩm định từ chối " + S)));
        transition(as(UNIT_A), id2, "VERIFY", null).expect(200);
        transition(as(REVIEWER_A), id2, "REJECT", null).expectInvalid("comment");
        assertEquals("REJECTED", transition(as(REVIEWER_A), id2, "REJECT", "Trùng với sáng kiến đã có").expect(200)
                .string("status"));
    }

    @Test
    void transitions_wrong_status_409_wrong_role_403() {
        fx();
        String id = id(register(as(MEMBER_A), initiativeBody(CA, GA1, "Sai vai trò " + S)));
        transition(as(MEMBER_A), id, "VERIFY", null).expect(403);
        transition(as(MEMBER_A), id, "RECOGNIZE", null).expectOneOf(403, 409);
        transition(as(REVIEWER_A), id, "VERIFY", null).expect(403);
        transition(admin, id, "RECOGNIZE", null).expect(409);
        transition(admin, id, "SUBMIT", null).expect(409);
        assertEquals("SUBMITTED", admin.get("initiatives/" + id).string("status"));
        transition(as(UNIT_A), id, "VERIFY", null).expect(200);
        transition(as(UNIT_A), id, "VERIFY", null).expect(409);
        transition(as(UNIT_A), id, "RECOGNIZE", null).expect(403);
        transition(as(MEMBER_A), id, "RECOGNIZE", null).expect(403);
        assertEquals("VERIFIED", admin.get("initiatives/" + id).string("status"));
        // another member of the unit does not act on someone else's initiative
        transition(as(MEMBER_A2), id, "WITHDRAW", null).expectOneOf(403, 404);
        // bad actions
        transition(admin, id, "FLY", null).expectInvalid("action");
        admin.post("initiatives/" + id + "/transitions", obj("comment", "không có hành động").build()).expectInvalid("action");
        transition(admin, "987654321987", "VERIFY", null).expect(404);
        assertEquals("VERIFIED", admin.get("initiatives/" + id).string("status"));
    }

    @Test
    void integration_account_works_like_a_unit_officer_over_its_subtree() {
        fx();
        Api integ = as(INTEG_A);
        String id = id(register(integ, initiativeBody(CA, GA1, "Đồng bộ từ hệ thống tỉnh " + S)));
        assertEquals("VERIFIED", transition(integ, id, "VERIFY", null).expect(200).string("status"));
        transition(integ, id, "RECOGNIZE", null).expect(403);
        assertEquals("RECOGNIZED", transition(as(REVIEWER_A), id, "RECOGNIZE", null).expect(200).string("status"));
        String idB = id(register(admin, initiativeBody(CB, GB1, "Tỉnh B cho tích hợp " + S)));
        integ.get("initiatives/" + idB).expect(404);
        transition(integ, idB, "VERIFY", null).expect(404);
        integ.post("initiatives", initiativeBody(CB, GB1, "Tích hợp vượt phạm vi " + S).build()).expectInvalid("campaignCode");
    }

    @Test
    void reviewer_of_another_province_sees_nothing() {
        fx();
        String reviewerB = "reviewerb." + s;
        Fixtures.user(admin, reviewerB, PASSWORD, PB, "REVIEWER").expect(201);
        String id = id(register(as(MEMBER_A), initiativeBody(CA, GA1, "Chờ hội đồng tỉnh A " + S)));
        transition(as(UNIT_A), id, "VERIFY", null).expect(200);
        as(reviewerB).get("initiatives/" + id).expect(404);
        transition(as(reviewerB), id, "RECOGNIZE", null).expect(404);
        transition(as(reviewerB), id, "REJECT", "Không thuộc phạm vi").expect(404);
        assertEquals("VERIFIED", admin.get("initiatives/" + id).expect(200).string("status"));
    }

    // ==================================================================== initiatives: scope

    @Test
    void initiatives_scope_of_a_federation_officer() {
        fx();
        String marker = "Tỉnh B riêng " + s;
        JsonObject b = register(admin, initiativeBody(CB, GB1, marker));
        String idB = id(b);
        Api fed = as(FED_A);
        fed.get("initiatives/" + idB).expect(404);
        fed.get("initiatives/" + idB + "/history").expect(404);
        fed.put("initiatives/" + idB, b, quoted(b)).expect(404);
        transition(fed, idB, "VERIFY", null).expect(404);
        transition(fed, idB, "WITHDRAW", null).expect(404);
        assertEquals("SUBMITTED", admin.get("initiatives/" + idB).expect(200).string("status"));
        as(MEMBER_A).get("initiatives/" + idB).expect(404);
        as(FED_B).get("initiatives/" + idB).expect(200);
        // lists: only A's subtree
        Response l = fed.get("initiatives" + query("q", marker, "size", "200")).expect(200);
        assertFalse(ids(l).contains(idB), l.toString());
        assertEquals(0, l.json().getJsonNumber("total").longValue(), l.toString());
        assertTrue(ids(admin.get("initiatives" + query("q", marker)).expect(200)).contains(idB));
        Response mine = fed.get("initiatives" + query("size", "200")).expect(200);
        for (JsonObject o : mine.items()) {
            assertTrue(Set.of(GA1, GA2).contains(o.getString("unitCode")), "only A's units: " + mine);
        }
        fed.get("initiatives" + query("campaign", CB)).expectInvalid("campaign");
        fed.get("initiatives" + query("unit", GB1)).expectInvalid("unit");
        // bodies naming B's campaign or unit
        fed.post("initiatives", initiativeBody(CB, GB1, "Vượt phạm vi " + S).build()).expectInvalid("campaignCode");
        fed.post("initiatives", initiativeBody(CA, GB1, "Vượt phạm vi đơn vị " + S).build()).expectInvalid("unitCode");
        as(MEMBER_A).post("initiatives", initiativeBody(CA, GA2, "Thành viên đăng ký cho đơn vị khác " + S).build())
                .expectOneOf(400, 403, 422);
        // a unit officer's subtree is its own unit
        String idA2 = id(register(as(FED_A), initiativeBody(CA, GA2, "Đơn vị GA2 " + S)));
        as(UNIT_A).get("initiatives/" + idA2).expect(404);
        transition(as(UNIT_A), idA2, "VERIFY", null).expect(404);
    }

    // ==================================================================== users

    @Test
    void users_create_get_list() {
        fx();
        String u = "user1." + s;
        String pw = "Mật-khẩu-" + s + "-2026";
        Response r = admin.post("users", obj("username", u, "fullName", "Trần Thị Bình", "password", pw,
                "roles", arr("MEMBER", "UNIT_OFFICER"), "organizationCode", GA2).build()).expect(201);
        r.assertNoPasswordEchoed(pw);
        assertEquals(u, r.string("username"), r.toString());
        Response g = admin.get("users/" + u).expect(200);
        g.assertNoPasswordEchoed(pw);
        assertEquals("Trần Thị Bình", g.string("fullName"));
        assertEquals(GA2, g.string("organizationCode"));
        assertEquals(Set.of("MEMBER", "UNIT_OFFICER"), g.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).collect(Collectors.toSet()));
        assertTrue(g.json().getBoolean("active", false), g.toString());
        api().as(u, pw).get("me").expect(200);

        Response list = admin.get("users" + query("organization", PA, "size", "200")).expect(200);
        list.assertNoPasswordEchoed(PASSWORD);
        Set<String> names = codes(list.items(), "username");
        assertTrue(names.containsAll(Set.of(FED_A, UNIT_A, MEMBER_A, REVIEWER_A, u)), "organization includes its subtree: " + list);
        assertFalse(names.contains(FED_B) || names.contains("admin"), list.toString());
        Set<String> ga2 = codes(admin.get("users" + query("organization", GA2)).expect(200).items(), "username");
        assertTrue(ga2.contains(u), ga2.toString());
        assertFalse(ga2.contains(MEMBER_A), ga2.toString());
        admin.get("users" + query("organization", "NOPE-" + S)).expectInvalid("organization");
        // duplicate
        Fixtures.user(admin, u, PASSWORD, GA2, "MEMBER").expect(409);
        Fixtures.user(admin, "admin", PASSWORD, GA2, "MEMBER").expect(409);
        admin.get("users/nobody." + s).expect(404);
    }

    @Test
    void users_validation_names_every_field() {
        fx();
        admin.post("users", obj("username", "a", "fullName", "", "password", "short", "roles", arr("GOD"),
                "organizationCode", "NOPE-" + S).build())
                .expectInvalid("username", "fullName", "password", "roles", "organizationCode");
        admin.post("users", obj("username", "ok." + s, "fullName", "Đủ tên", "password", PASSWORD, "roles", arr(),
                "organizationCode", GA1).build()).expectInvalid("roles");
        admin.post("users", obj("username", "bad name " + s, "fullName", "Tên", "password", PASSWORD,
                "roles", arr("MEMBER"), "organizationCode", GA1).build()).expectInvalid("username");
        admin.post("users", obj().build()).expectInvalid("username", "password", "roles", "organizationCode");
        admin.get("users/ok." + s).expect(404);
    }

    @Test
    void users_put_password_roles_active() {
        fx();
        String u = "user2." + s;
        Fixtures.user(admin, u, PASSWORD, PA, "MEMBER").expect(201);
        Api old = as(u);
        old.get("me").expect(200);
        // roles: a MEMBER cannot create organizations; after the change to FEDERATION_OFFICER it can
        Fixtures.organization(old, "UR1-" + S, "Chưa có quyền", "DISTRICT", PA).expect(403);
        Response g = admin.get("users/" + u).expect(200);
        Response p = admin.put("users/" + u, with(g.json(), "roles", arr("FEDERATION_OFFICER")), g.etag()).expect(200);
        assertEquals("[\"FEDERATION_OFFICER\"]", p.json().getJsonArray("roles").toString(), p.toString());
        Fixtures.organization(old, "UR2-" + S, "Đã có quyền", "DISTRICT", PA).expect(201);
        // password: the new one works, the old one no longer
        String newPw = "Mới-" + s + "-Pass2027";
        g = admin.get("users/" + u).expect(200);
        Response pw = admin.put("users/" + u, with(g.json(), "password", newPw), g.etag()).expect(200);
        pw.assertNoPasswordEchoed(newPw);
        api().as(u, newPw).get("me").expect(200);
        old.get("me").expect(401);
        // a too short password is refused with the field
        g = admin.get("users/" + u).expect(200);
        admin.put("users/" + u, with(g.json(), "password", "123"), g.etag()).expectInvalid("password");
        // deactivated: 401 with the right password; reactivated: fine again
        g = admin.get("users/" + u).expect(200);
        admin.put("users/" + u, with(g.json(), "active", false), g.etag()).expect(200);
        api().as(u, newPw).get("me").expect(401);
        api().as(u, newPw).get("organizations/" + PA).expect(401);
        g = admin.get("users/" + u).expect(200);
        assertFalse(g.json().getBoolean("active", true), g.toString());
        admin.put("users/" + u, with(g.json(), "active", true), g.etag()).expect(200);
        api().as(u, newPw).get("me").expect(200);
        // unknown user
        admin.put("users/nobody." + s, obj("active", false).build(), "\"0\"").expect(404);
    }

    @Test
    void users_scope_of_a_federation_officer() {
        fx();
        Api fed = as(FED_A);
        Response ok = Fixtures.user(fed, "fu1." + s, PASSWORD, GA1, "UNIT_OFFICER").expect(201);
        ok.assertNoPasswordEchoed(PASSWORD);
        Fixtures.user(fed, "fu2." + s, PASSWORD, GB1, "MEMBER").expectInvalid("organizationCode");
        Fixtures.user(fed, "fu3." + s, PASSWORD, "TLD", "MEMBER").expectInvalid("organizationCode");
        Fixtures.user(fed, "fu4." + s, PASSWORD, GA1, "ADMIN").expectOneOf(400, 403, 422);
        admin.get("users/fu2." + s).expect(404);
        admin.get("users/fu4." + s).expect(404);
        fed.get("users/" + FED_B).expect(404);
        fed.get("users/admin").expect(404);
        fed.get("users/" + UNIT_A).expect(200);
        Response g = admin.get("users/" + FED_B).expect(200);
        fed.put("users/" + FED_B, with(g.json(), "active", false), g.etag()).expect(404);
        as(FED_B).get("me").expect(200);
        fed.get("users" + query("organization", PB)).expectInvalid("organization");
        Response mine = fed.get("users" + query("organization", PA, "size", "200")).expect(200);
        assertTrue(codes(mine.items(), "username").contains("fu1." + s), mine.toString());
        // granting ADMIN to someone in the subtree is refused too
        Response u = admin.get("users/fu1." + s).expect(200);
        fed.put("users/fu1." + s, with(u.json(), "roles", arr("ADMIN")), u.etag()).expectOneOf(400, 403, 422);
        assertFalse(admin.get("users/fu1." + s).json().getJsonArray("roles").toString().contains("ADMIN"));
    }

    // ==================================================================== hostile input

    @Test
    void hostile_malformed_json_and_wrong_shapes() {
        fx();
        for (String path : List.of("organizations", "campaigns", "initiatives", "users")) {
            admin.post(path, "{\"code\": \"X\",", "application/json").expect(400);
            admin.post(path, "[1, 2, 3]", "application/json").expect(400);
            admin.post(path, "\"just a string\"", "application/json").expect(400);
            admin.post(path, "null", "application/json").expect(400);
            admin.post(path, "", "application/json").expect(400);
            admin.post(path, "{\"a\":1}{\"b\":2}", "application/json").expectOneOf(400, 422);
        }
        String id = id(register(as(MEMBER_A), initiativeBody(CA, GA1, "Nháp cho JSON hỏng " + S).add("submit", false)));
        Response g = as(MEMBER_A).get("initiatives/" + id).expect(200);
        as(MEMBER_A).send("PUT", "initiatives/" + id, "{broken", "application/json", Map.of("If-Match", g.etag())).expect(400);
        admin.post("initiatives/" + id + "/transitions", "[\"SUBMIT\"]", "application/json").expect(400);
        // invalid UTF-8 in a body
        byte[] bad = ("{\"code\":\"U8-" + S + "\",\"name\":\"Sai m\u00e3 \u00ff\u00ff\",\"level\":\"DISTRICT\","
                + "\"parentCode\":\"" + PA + "\"}").getBytes(StandardCharsets.ISO_8859_1);
        Response r = admin.sendBytes("POST", "organizations", bad, "application/json", Map.of());
        assertTrue(r.status() >= 400 && r.status() < 500, "invalid UTF-8 is a 4xx: " + r);
        r.assertProblem();
    }

    @Test
    void hostile_deeply_nested_json() {
        fx();
        String deep = "{\"title\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Response d = admin.post("initiatives", deep, "application/json");
        assertTrue(d.status() == 400 || d.status() == 413 || d.status() == 422, "deep nesting is a 4xx: " + d);
        d.assertProblem();
    }

    @Test
    void hostile_wrong_types() {
        fx();
        Api m = as(MEMBER_A);
        m.post("initiatives", initiativeBody(CA, GA1, "x").add("title", 5).build()).expectInvalid("title");
        m.post("initiatives", initiativeBody(CA, GA1, "Tiền là chữ " + S).add("estimatedValueVnd", "abc").build())
                .expectInvalid("estimatedValueVnd");
        m.post("initiatives", initiativeBody(CA, GA1, "Tác giả là chữ " + S).add("authors", "Nguyễn Văn An").build())
                .expectInvalid("authors");
        m.post("initiatives", initiativeBody(CA, GA1, "Tỷ lệ là chữ " + S).add("authors",
                arr(obj("fullName", "Nguyễn Văn An", "sharePercent", "một trăm"))).build()).expectInvalid("authors");
        m.post("initiatives", initiativeBody(CA, GA1, "Nộp là chữ " + S).add("submit", "yes").build()).expectInvalid("submit");
        m.post("initiatives", initiativeBody(CA, GA1, "Mã là số " + S).add("campaignCode", 42).build())
                .expectInvalid("campaignCode");
        m.post("initiatives", initiativeBody(CA, GA1, "Ngày là số " + S).add("appliedFrom", 20250301).build())
                .expectInvalid("appliedFrom");
        m.post("initiatives", initiativeBody(CA, GA1, "Tiêu đề là đối tượng " + S).add("title", obj("vi", "Tên")).build())
                .expectInvalid("title");
        admin.post("organizations", obj("code", 123, "name", true, "level", arr("PROVINCE"), "parentCode", "TLD").build())
                .expectInvalid("code", "name", "level");
        Fixtures.campaign(admin, Fixtures.campaignBody("CWT-" + S, PA, null, instantIn(-60), instantIn(3600))
                .add("targetInitiatives", "một trăm")).expectInvalid("targetInitiatives");
        admin.post("users", obj("username", "wt." + s, "fullName", "Sai kiểu", "password", PASSWORD,
                "roles", "MEMBER", "organizationCode", GA1).build()).expectInvalid("roles");
        // a number too big for the money type: a 4xx, or stored exactly
        Response big = m.post("initiatives", initiativeBody(CA, GA1, "Số tiền khổng lồ " + S)
                .add("estimatedValueVnd", new java.math.BigInteger("99999999999999999999999999")).build());
        if (big.status() == 201) {
            Response g = m.get("initiatives/" + id(big.json())).expect(200);
            assertEquals("99999999999999999999999999", g.json().get("estimatedValueVnd").toString(), g.toString());
        } else {
            big.expectInvalid("estimatedValueVnd");
        }
    }

    @Test
    void hostile_body_over_the_limit_413() {
        fx();
        String huge = "Nội dung rất dài. ".repeat(2 * 1024 * 1024 / 18 + 1);
        JsonObject body = initiativeBody(CA, GA1, "Quá lớn " + S).add("summary", huge).build();
        Response r = as(MEMBER_A).post("initiatives", body);
        assertTrue(body.toString().getBytes(StandardCharsets.UTF_8).length > 2 * 1024 * 1024);
        r.expect(413);
        Response o = Fixtures.organization(admin, "BIG-" + S, "x".repeat(2 * 1024 * 1024), "DISTRICT", PA);
        o.expect(413);
        admin.get("organizations/BIG-" + S).expect(404);
    }

    @Test
    void hostile_control_characters() {
        fx();
        Api m = as(MEMBER_A);
        m.post("initiatives", initiativeBody(CA, GA1, "Có ký tự \u0000 rỗng " + S).build()).expectInvalid("title");
        m.post("initiatives", initiativeBody(CA, GA1, "Tóm tắt rỗng " + S).add("summary", "a\u0000b").build())
                .expectInvalid("summary");
        m.post("initiatives", initiativeBody(CA, GA1, "Tác giả rỗng " + S)
                .add("authors", arr(obj("fullName", "Nguyễn\u0000An"))).build()).expectInvalid("authors");
        Fixtures.organization(admin, "NUL-" + S, "Tên\u0000có NUL", "DISTRICT", PA).expectInvalid("name");
        admin.post("organizations", "{\"code\":\"SUR-" + S + "\",\"name\":\"Lone \\ud800 surrogate\",\"level\":\"DISTRICT\","
                + "\"parentCode\":\"" + PA + "\"}", "application/json").expectInvalid("name");
        // newlines and tabs are fine
        JsonObject ok = register(m, initiativeBody(CA, GA1, "Nhiều dòng " + S).add("summary", "Dòng 1\nDòng 2\r\n\tThụt lề"));
        assertEquals("Dòng 1\nDòng 2\r\n\tThụt lề", m.get("initiatives/" + id(ok)).string("summary"));
        admin.get("organizations/NUL-" + S).expect(404);
    }

    @Test
    void hostile_script_and_sql_text_is_stored_verbatim() {
        fx();
        String script = "<script>alert('xss')</script><img src=x onerror=alert(1)> {{7*7}} ${7*7} #{7*7}";
        String sql = "Robert'); DROP TABLE initiative; -- ' OR '1'='1 \" OR \"\"=\" \\' ; SELECT pg_sleep(5);";
        String title = "Tiêu đề " + script + " " + S;
        JsonObject created = register(as(MEMBER_A), initiativeBody(CA, GA1, title.substring(0, Math.min(300, title.length())))
                .add("summary", sql)
                .add("benefits", "%s %n %x %d ../../etc/passwd \u202e RTL")
                .add("authors", arr(obj("fullName", "O'Brien \"Bobby\" <b>Tables</b>", "memberCode", "'; --", "sharePercent", 100))));
        Response g = as(MEMBER_A).get("initiatives/" + id(created)).expect(200);
        assertEquals(title.substring(0, Math.min(300, title.length())), g.string("title"));
        assertEquals(sql, g.string("summary"));
        assertEquals("%s %n %x %d ../../etc/passwd \u202e RTL", g.string("benefits"));
        JsonObject a = g.json().getJsonArray("authors").getJsonObject(0);
        assertEquals("O'Brien \"Bobby\" <b>Tables</b>", a.getString("fullName"));
        assertEquals("'; --", a.getString("memberCode"));
        assertTrue(g.contentType().toLowerCase(Locale.ROOT).startsWith("application/json"), g.toString());

        String orgName = "Công đoàn <b>in đậm</b> '; DROP TABLE organization; -- " + S;
        Fixtures.organization(admin, "XSS-" + S, orgName, "GRASSROOTS", DA).expect(201);
        assertEquals(orgName, admin.get("organizations/XSS-" + S).expect(200).string("name"));
        // hostile query strings: answered, nothing broken
        for (String q : List.of("' OR '1'='1", "\"; DROP TABLE initiative; --", "%", "_", "\\", "*", "a%' --",
                "<script>", "x".repeat(3000), "(", "[", "Đồng' UNION SELECT * FROM users --")) {
            Response r = admin.get("initiatives" + query("campaign", CA, "q", q));
            assertTrue(r.status() == 200 || r.status() == 400, "q=" + q + " -> " + r);
            if (r.status() == 400) {
                r.assertProblem();
            }
        }
        for (String p : List.of("organizations?q=%27%20OR%201%3D1--", "organizations?parent=%27%3B--",
                "users?organization=%27%20OR%20%271%27%3D%271", "campaigns?organizer=%3Cscript%3E",
                "initiatives?status=SUBMITTED%27--", "initiatives?page=1e3", "initiatives?size=%00")) {
            Response r = admin.get(p);
            assertTrue(r.status() == 200 || r.status() == 400 || r.status() == 404, p + " -> " + r);
            if (r.status() >= 400) {
                r.assertProblem();
            }
        }
        // still all there and working
        admin.get("organizations/TLD").expect(200);
        assertTrue(admin.get("initiatives" + query("campaign", CA)).expect(200).json().getJsonNumber("total").longValue() > 0);
    }

    @Test
    void hostile_unknown_codes_and_ids() {
        fx();
        admin.get("organizations/NOPE-" + S).expect(404);
        admin.get("campaigns/NOPE-" + S).expect(404);
        admin.get("users/nope." + s).expect(404);
        // a NUL in the path is refused by the HTTP layer itself (400, before the application): never a 5xx
        Response nul = admin.get("initiatives/%00");
        assertTrue(nul.status() == 400 || nul.status() == 404, nul.toString());
        for (String id : List.of("987654321987", "abc", "1.5", "-1", "0", "1e3", "99999999999999999999999999",
                "%27%20OR%201%3D1")) {
            Response r = admin.get("initiatives/" + id);
            assertEquals(404, r.status(), "initiatives/" + id + " -> " + r);
            r.assertProblem();
            Response h = admin.get("initiatives/" + id + "/history");
            assertEquals(404, h.status(), "initiatives/" + id + "/history -> " + h);
            Response t = transition(admin, id, "VERIFY", null);
            assertEquals(404, t.status(), "transition on " + id + " -> " + t);
        }
        for (String code : List.of("%27%3B--", "%3Cscript%3E", "x".repeat(500), "%C4%90%E1%BB%93ng")) {
            Response r = admin.get("organizations/" + code);
            assertTrue(r.status() == 404 || r.status() == 400, "organizations/" + code + " -> " + r);
            r.assertProblem();
            Response c = admin.get("campaigns/" + code);
            assertTrue(c.status() == 404 || c.status() == 400, "campaigns/" + code + " -> " + c);
            c.assertProblem();
        }
    }

    @Test
    void hostile_encoded_slash_in_a_code_is_a_problem() {
        fx();
        for (String code : List.of("..%2F..%2Fetc", "a%2Fb", "%2F", "%2e%2e")) {
            Response r = admin.get("organizations/" + code);
            assertTrue(r.status() == 404 || r.status() == 400, "organizations/" + code + " -> " + r);
            r.assertProblem();
        }
        // a backslash is refused by the HTTP layer itself, before the application: 400, never a 5xx
        Response backslash = admin.get("organizations/a%5Cb");
        assertEquals(400, backslash.status(), backslash.toString());
    }

    @Test
    void no_response_is_a_server_error_for_odd_methods() {
        fx();
        // methods that are not offered: 405 (or 404), a problem, never a 5xx
        for (String[] mp : List.of(new String[]{"DELETE", "organizations/" + PA}, new String[]{"PATCH", "campaigns/" + CA},
                new String[]{"DELETE", "initiatives"}, new String[]{"PUT", "organizations"})) {
            boolean withBody = !"DELETE".equals(mp[0]);
            Response r = admin.send(mp[0], mp[1], withBody ? "{}" : null, withBody ? "application/json" : null, Map.of());
            assertTrue(r.status() == 405 || r.status() == 404 || r.status() == 400 || r.status() == 403,
                    mp[0] + " " + mp[1] + " -> " + r);
            r.assertProblem();
        }
        admin.get("organizations/" + PA).expect(200);
    }

}
