package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;
import static vn.sangkien.support.Json2.text;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.ConsoleClient;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;

/**
 * Who may do what, tried from outside: the role matrix of user and organization management over
 * HTTP, separation of duties, throttled sign-in, sessions that follow their account, and INTEGRATION
 * accounts kept out of the console. One deployment; every code and username carries this run's
 * suffix. The Payara under test trusts 127.0.0.1 as a proxy (pom.xml), so that a test chooses the
 * source address of a request with {@code X-Forwarded-For}.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Sec-" + s + "-Pass2026";
    /** The province of every actor, a district and a grassroots union below it, an open campaign. */
    static final String P = "SP-" + S, D = "SD-" + S, G = "SG-" + S, C = "SC-" + S;
    /** An officer of the national organization: above every actor. */
    static final String SUPERIOR = "sup." + s;
    static final List<String> ROLES = List.of("ADMIN", "FEDERATION_OFFICER", "UNIT_OFFICER", "REVIEWER", "MEMBER",
            "INTEGRATION");

    private static final Once FIXTURE = new Once();

    Api admin() {
        return Api.at(base).as("admin", Deployments.adminPassword());
    }

    Api as(String username) {
        return Api.at(base).as(username, PASSWORD);
    }

    void fixture() {
        FIXTURE.make(() -> {
            Api admin = admin();
            Fixtures.organization(admin, P, "Liên đoàn Lao động tỉnh Phước An " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, D, "Liên đoàn Lao động huyện Đông " + S, "DISTRICT", P).expect(201);
            Fixtures.organization(admin, G, "Công đoàn cơ sở Ánh Dương " + S, "GRASSROOTS", D).expect(201);
            Fixtures.campaign(admin, C, P, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
            Fixtures.user(admin, SUPERIOR, PASSWORD, "TLD", "FEDERATION_OFFICER").expect(201);
        });
    }

    // ==================================================================== the role matrix

    /**
     * Every role × every user and organization action × own / subordinate / superior / administrator
     * target, as HTTP statuses. Columns: ADMIN, FEDERATION_OFFICER, UNIT_OFFICER, REVIEWER, MEMBER,
     * INTEGRATION. Each actor holds one role in the province P; its subordinate targets are a member
     * and a district of its own, below P; the superior is an officer of the national organization
     * and the national organization itself; the administrator target is an ADMIN of a district below.
     * A code outside the caller's scope named in a body answers 400 (docs/api.md); a non-manager is
     * refused (403) before anything is looked up.
     */
    static final String MATRIX = """
            READ            own            200 200 200 200 200 200
            READ            subordinate    200 200 200 403 403 403
            READ            superior       404 404 404 404 404 404
            READ            administrator  200 200 200 403 403 403
            LIST            own            200 200 200 403 403 403
            CREATE          own            201 201 403 403 403 403
            CREATE          subordinate    201 201 403 403 403 403
            CREATE          superior       400 400 403 403 403 403
            CREATE          administrator  201 403 403 403 403 403
            RENAME          own            200 200 200 200 200 200
            RENAME          subordinate    200 200 403 403 403 403
            RENAME          superior       404 404 404 404 404 404
            RENAME          administrator  200 403 403 403 403 403
            PASSWORD        own            200 200 200 200 200 200
            PASSWORD        subordinate    200 200 403 403 403 403
            PASSWORD        superior       404 404 404 404 404 404
            PASSWORD        administrator  200 403 403 403 403 403
            ROLES           own            403 403 403 403 403 403
            ROLES           subordinate    200 200 403 403 403 403
            ROLES           superior       404 404 404 404 404 404
            ROLES           administrator  200 403 403 403 403 403
            DEACTIVATE      own            403 403 403 403 403 403
            DEACTIVATE      subordinate    200 200 403 403 403 403
            DEACTIVATE      superior       404 404 404 404 404 404
            DEACTIVATE      administrator  200 403 403 403 403 403
            ORG_CREATE      own            201 201 403 403 403 403
            ORG_CREATE      subordinate    201 201 403 403 403 403
            ORG_CREATE      superior       400 400 403 403 403 403
            ORG_RENAME      own            200 200 403 403 403 403
            ORG_RENAME      subordinate    200 200 403 403 403 403
            ORG_RENAME      superior       404 404 403 403 403 403
            ORG_DEACTIVATE  own            403 403 403 403 403 403
            ORG_DEACTIVATE  subordinate    200 200 403 403 403 403
            ORG_DEACTIVATE  superior       404 404 403 403 403 403
            """;

    @Test
    void every_role_times_every_action_times_every_target() {
        fixture();
        Api admin = admin();
        for (int i = 0; i < ROLES.size(); i++) {
            Fixtures.user(admin, actor(i), PASSWORD, P, ROLES.get(i)).expect(201);
            Fixtures.user(admin, subordinate(i), PASSWORD, D, "MEMBER").expect(201);
            Fixtures.user(admin, administrator(i), PASSWORD, D, "ADMIN").expect(201);
            Fixtures.organization(admin, district(i), "Công đoàn ngành " + i + " " + S, "DISTRICT", P).expect(201);
        }
        List<String> wrong = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cell = line.strip().split("\\s+");
            for (int i = 0; i < ROLES.size(); i++) {
                Response answer = perform(i, cell[0], cell[1]);
                int expected = Integer.parseInt(cell[2 + i]);
                if (answer.status() != expected) {
                    wrong.add(cell[0] + " " + cell[1] + " by " + ROLES.get(i) + ": expected " + expected + ", got " + answer);
                } else if (expected >= 400) {
                    answer.assertProblem();
                }
            }
        }
        assertTrue(wrong.isEmpty(), "\n" + String.join("\n", wrong));
        // What was refused changed nothing: the targets nobody but an administrator may touch are as created.
        for (int i = 1; i < ROLES.size(); i++) {
            JsonObject target = admin.get("users/" + administrator(i)).expect(200).json();
            assertEquals("Nguyễn Văn " + administrator(i), target.getString("fullName"));
            assertEquals(List.of("ADMIN"), target.getJsonArray("roles").getValuesAs(v -> text(v)));
            assertTrue(target.getBoolean("active"));
            as(administrator(i)).get("me").expect(200);
            admin.get("users/create-administrator-" + i + "." + s).expect(404);
        }
        JsonObject superior = admin.get("users/" + SUPERIOR).expect(200).json();
        assertEquals("Nguyễn Văn " + SUPERIOR, superior.getString("fullName"));
        assertTrue(superior.getBoolean("active"));
        assertTrue(admin.get("organizations/" + P).expect(200).json().getBoolean("active"), "nobody deactivated P");
        assertTrue(admin.get("organizations/TLD").expect(200).json().getBoolean("active"));
        for (int i = 2; i < ROLES.size(); i++) {
            assertTrue(admin.get("organizations/" + district(i)).expect(200).json().getBoolean("active"));
            admin.get("organizations/OC-" + i + "-own-" + S).expect(404);
        }
    }

    private Response perform(int i, String action, String target) {
        Api api = as(actor(i));
        String user = switch (target) {
            case "own" -> actor(i);
            case "subordinate" -> subordinate(i);
            case "superior" -> SUPERIOR;
            default -> administrator(i);
        };
        String organization = switch (target) {
            case "own" -> P;
            case "subordinate" -> action.startsWith("ORG_") ? district(i) : D;
            case "superior" -> "TLD";
            default -> D;
        };
        return switch (action) {
            case "READ" -> api.get("users/" + user);
            case "LIST" -> api.get("users?organization=" + organization);
            case "CREATE" -> Fixtures.user(api, "create-" + target + "-" + i + "." + s, PASSWORD, organization,
                    target.equals("administrator") ? "ADMIN" : "MEMBER");
            case "RENAME" -> api.put("users/" + user, obj("fullName", "Người dùng đổi tên " + i).build());
            case "PASSWORD" -> api.put("users/" + user, obj("password", PASSWORD,
                    "currentPassword", target.equals("own") ? PASSWORD : null).build());
            case "ROLES" -> api.put("users/" + user, obj("roles", arr(rolesPlusOne(target, i).toArray())).build());
            case "DEACTIVATE" -> api.put("users/" + user, obj("active", false).build());
            case "ORG_CREATE" -> Fixtures.organization(api, "OC-" + i + "-" + target + "-" + S, "Đơn vị mới " + i,
                    switch (target) {
                        case "own" -> "DISTRICT";
                        case "subordinate" -> "GRASSROOTS";
                        default -> "PROVINCE";
                    }, organization);
            case "ORG_RENAME" -> api.put("organizations/" + organization, obj("name", "Tên mới " + i + " " + S).build());
            case "ORG_DEACTIVATE" -> api.put("organizations/" + organization, obj("active", false).build());
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** The target's roles and one more it does not hold yet, so that the change is a real one. */
    private static Set<String> rolesPlusOne(String target, int i) {
        Set<String> roles = new LinkedHashSet<>(List.of(switch (target) {
            case "own" -> ROLES.get(i);
            case "subordinate" -> "MEMBER";
            case "superior" -> "FEDERATION_OFFICER";
            default -> "ADMIN";
        }));
        roles.add(roles.contains("REVIEWER") ? "MEMBER" : "REVIEWER");
        return roles;
    }

    private static String actor(int i) {
        return "actor-" + i + "." + s;
    }

    private static String subordinate(int i) {
        return "sub-" + i + "." + s;
    }

    private static String administrator(int i) {
        return "adm-" + i + "." + s;
    }

    private static String district(int i) {
        return "MD-" + i + "-" + S;
    }

    // ==================================================================== separation of duties

    @Test
    void whoever_verified_an_initiative_never_recognises_it_whatever_roles_they_hold() {
        fixture();
        Api admin = admin();
        String both = "both." + s;
        String reviewer = "council." + s;
        Fixtures.user(admin, both, PASSWORD, P, "UNIT_OFFICER", "REVIEWER").expect(201);
        Fixtures.user(admin, reviewer, PASSWORD, P, "REVIEWER").expect(201);

        String id = text(as(both).post("initiatives", Fixtures.initiative(C, G, "Cải tiến quy trình nhận hồ sơ " + S)
                .build()).expect(201).json().get("id"));
        as(both).post("initiatives/" + id + "/transitions", obj("action", "VERIFY").build()).expect(200);
        Response refused = as(both).post("initiatives/" + id + "/transitions", obj("action", "RECOGNIZE").build());
        refused.expect(403);
        assertEquals("urn:sangkien:problem:separation-of-duties", refused.json().getString("type"));
        assertTrue(refused.json().getString("detail").contains("xác nhận"), refused.toString());
        assertEquals("VERIFIED", admin.get("initiatives/" + id).expect(200).json().getString("status"));

        // The administrator holds every role, and is held to the same rule.
        String second = text(admin.post("initiatives", Fixtures.initiative(C, G, "Tiết kiệm điện năng " + S).build())
                .expect(201).json().get("id"));
        admin.post("initiatives/" + second + "/transitions", obj("action", "VERIFY").build()).expect(200);
        admin.post("initiatives/" + second + "/transitions", obj("action", "RECOGNIZE").build()).expect(403);

        // Another member of the council recognises both.
        as(reviewer).post("initiatives/" + id + "/transitions", obj("action", "RECOGNIZE").build()).expect(200);
        as(reviewer).post("initiatives/" + second + "/transitions", obj("action", "RECOGNIZE").build()).expect(200);
    }

    @Test
    void a_federation_officer_cannot_take_over_an_administrator_nor_give_itself_the_council() {
        fixture();
        Api admin = admin();
        String officer = "fed." + s;
        String provincialAdmin = "padmin." + s;
        Fixtures.user(admin, officer, PASSWORD, P, "FEDERATION_OFFICER").expect(201);
        Fixtures.user(admin, provincialAdmin, PASSWORD, D, "ADMIN").expect(201);
        as(officer).put("users/" + provincialAdmin, obj("password", "Taken-over-2026").build()).expect(403);
        as(officer).put("users/" + provincialAdmin, obj("active", false).build()).expect(403);
        as(officer).put("users/" + officer, obj("roles", arr("FEDERATION_OFFICER", "REVIEWER")).build()).expect(403);
        as(officer).put("organizations/" + P, obj("active", false).build()).expect(403);
        Api.at(base).as(provincialAdmin, "Taken-over-2026").get("me").expect(401);
        as(provincialAdmin).get("me").expect(200);
        // What a client read, sent back unchanged, changes nothing and needs no further right.
        JsonObject self = as(officer).get("users/" + officer).expect(200).json();
        as(officer).put("users/" + officer, self).expect(200);
    }

    // ==================================================================== throttled sign-in

    @Test
    void wrong_passwords_are_throttled_per_account_and_source_never_locking_the_owner_out_elsewhere() throws Exception {
        fixture();
        String owner = "owner." + s;
        Fixtures.user(admin(), owner, PASSWORD, G, "MEMBER").expect(201);
        Api fromA = from("10.20.0.1");
        Api fromB = from("10.20.0.2");
        for (int i = 0; i < 5; i++) {
            fromA.as(owner, "wrong-" + i).get("me").expect(401);
        }
        fromA.as(owner, PASSWORD).get("me").expect(200);
        for (int i = 0; i < 6; i++) {
            fromA.as(owner, "wrong-" + i).get("me").expect(401);
        }
        // The sixth failure in a row blocked the account from A for a second; elsewhere the owner signs in.
        fromA.as(owner, PASSWORD).get("me").expect(401);
        fromB.as(owner, PASSWORD).get("me").expect(200);
        Thread.sleep(1_100);
        fromA.as(owner, PASSWORD).get("me").expect(200);
    }

    @Test
    void nobody_locks_the_administrator_out_by_flooding_wrong_passwords() {
        fixture();
        Api flood = from("10.30.0.66");
        for (int i = 0; i < 30; i++) {
            flood.as("admin", "guess-" + i).get("me").expect(401);
        }
        from("10.30.0.1").as("admin", Deployments.adminPassword()).get("me").expect(200);
        admin().get("me").expect(200);
    }

    @Test
    void a_throttled_an_unknown_and_a_wrongly_typed_account_get_the_same_answer_in_the_same_time() throws Exception {
        fixture();
        String owner = "same." + s;
        Fixtures.user(admin(), owner, PASSWORD, G, "MEMBER").expect(201);
        Api from = from("10.40.0.1");
        for (int i = 0; i < 6; i++) {
            from.as(owner, "wrong-" + i).get("me").expect(401);
        }
        // Each block's wrong password after it ends doubles the next: 1, 2, 4, then 8 s to measure in.
        for (long block : List.of(1_000L, 2_000L, 4_000L)) {
            Thread.sleep(block + 200);
            from.as(owner, "wrong-after-" + block).get("me").expect(401);
        }
        List<Response> answers = new ArrayList<>();
        List<Long> throttled = timed(5, () -> answers.add(from.as(owner, PASSWORD).get("me")));
        List<Long> unknown = timed(5, () -> answers.add(from("10.40.0.2").as("nobody." + s, PASSWORD).get("me")));
        List<Long> wrong = timed(5, () -> answers.add(from("10.40.0.3").as("admin", "not-the-password").get("me")));
        for (Response r : answers) {
            r.expect(401);
            assertEquals(answers.get(0).text(), r.text(), "the same problem");
            assertEquals(answers.get(0).header("WWW-Authenticate"), r.header("WWW-Authenticate"));
        }
        long wrongTime = median(wrong);
        // A refusal that skipped the key derivation would take a few milliseconds against a hundred or more.
        assertTrue(median(throttled) > wrongTime / 2, "throttled " + throttled + " against wrong " + wrong);
        assertTrue(median(unknown) > wrongTime / 2, "unknown " + unknown + " against wrong " + wrong);
    }

    private static List<Long> timed(int times, Runnable request) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            request.run();
            nanos.add(System.nanoTime() - t0);
        }
        return nanos;
    }

    @Test
    void odd_credentials_are_refused_like_wrong_ones() {
        fixture();
        for (String credentials : List.of("ad\u0000min:x", "admin\u0001:x", "\u0000:\u0000", "a".repeat(300) + ":x",
                ":nothing", "no-colon")) {
            Api.at(base).send("GET", "me", null, null, Map.of("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .expect(401);
        }
    }

    private Api from(String address) {
        return Api.at(base).withHeader("X-Forwarded-For", address);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    // ==================================================================== console sessions

    @Test
    void a_console_session_ends_at_the_next_request_once_its_user_is_deactivated() {
        fixture();
        String user = "leaver." + s;
        Fixtures.user(admin(), user, PASSWORD, G, "UNIT_OFFICER").expect(201);
        ConsoleClient console = new ConsoleClient(base.toString());
        assertEquals(302, console.login(user, PASSWORD).statusCode());
        assertEquals(200, console.get("/index.xhtml").statusCode());
        admin().put("users/" + user, obj("active", false).build()).expect(200);
        assertRedirectedToLogin(console.get("/index.xhtml"));
        admin().put("users/" + user, obj("active", true).build()).expect(200);
        assertRedirectedToLogin(console.get("/index.xhtml"));
    }

    @Test
    void a_console_session_follows_a_change_of_roles_and_ends_with_a_new_password() {
        fixture();
        String user = "changing." + s;
        Fixtures.user(admin(), user, PASSWORD, P, "ADMIN").expect(201);
        ConsoleClient console = new ConsoleClient(base.toString());
        assertEquals(302, console.login(user, PASSWORD).statusCode());
        assertEquals(200, console.get("/admin/users/list.xhtml").statusCode());
        admin().put("users/" + user, obj("roles", arr("MEMBER")).build()).expect(200);
        assertEquals(403, console.get("/admin/users/list.xhtml").statusCode(), "no longer an administrator");
        assertEquals(200, console.get("/index.xhtml").statusCode(), "still signed in as a member");
        admin().put("users/" + user, obj("password", "Another-Pass-" + s).build()).expect(200);
        assertRedirectedToLogin(console.get("/index.xhtml"));
    }

    @Test
    void an_integration_account_cannot_sign_in_to_the_console() {
        fixture();
        String system = "system." + s;
        Fixtures.user(admin(), system, PASSWORD, P, "INTEGRATION").expect(201);
        ConsoleClient console = new ConsoleClient(base.toString());
        HttpResponse<String> answer = console.login(system, PASSWORD);
        assertEquals(200, answer.statusCode(), "the login page again");
        assertTrue(answer.body().contains("API"), answer.body());
        assertRedirectedToLogin(console.get("/index.xhtml"));
        as(system).get("me").expect(200);
    }

    private static void assertRedirectedToLogin(HttpResponse<String> answer) {
        assertEquals(302, answer.statusCode(), answer.body());
        assertEquals("/login.xhtml", answer.headers().firstValue("Location").orElse(""));
    }

    // ==================================================================== hostile input

    @Test
    void text_that_folds_longer_and_dates_out_of_range_never_answer_5xx() {
        fixture();
        Api admin = admin();
        String hangul = "가".repeat(299) + "힣";
        String id = text(admin.post("initiatives", Fixtures.initiative(C, G, hangul).build()).expect(201).json().get("id"));
        assertEquals(hangul, admin.get("initiatives/" + id).expect(200).json().getString("title"));
        Fixtures.organization(admin, "HG-" + S, hangul, "GRASSROOTS", D).expect(201);
        // 300 emoji are 600 UTF-16 units: over the limit for either database, refused by the rule.
        admin.post("initiatives", Fixtures.initiative(C, G, "\uD83D\uDE00".repeat(300)).build()).expectInvalid("title");
        Fixtures.campaign(admin, Fixtures.campaignBody("FAR-" + S, P, null, instantIn(0), "+999999999-12-31T23:59:59Z")
                .add("name", "Đợt rất dài")).expectInvalid("closesAt");
        Fixtures.campaign(admin, Fixtures.campaignBody("LONG-" + S, P, null, "2000-01-01T00:00:00Z", "2100-06-01T00:00:00Z")
                .add("name", "Đợt dài trăm năm")).expectInvalid("closesAt");
        admin.post("initiatives", Fixtures.initiative(C, G, "Ngày áp dụng quá xa " + S)
                .add("appliedFrom", "-999999999-01-01").build()).expectInvalid("appliedFrom");
        admin.post("initiatives", Fixtures.initiative(C, G, "Ngày áp dụng thế kỷ 19 " + S)
                .add("appliedFrom", "1899-12-31").build()).expectInvalid("appliedFrom");
        admin.get("initiatives?campaign=%00").expectInvalid("campaign");
        admin.get("organizations?q=%00").expectInvalid("q");
    }

    // ==================================================================== headers, cookies, errors

    @Test
    void the_session_cookie_is_lax_http_only_and_secure_when_the_proxy_says_https() {
        ConsoleClient plain = new ConsoleClient(base.toString());
        String cookie = plain.get("/login.xhtml").headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax.*") && cookie.contains("HttpOnly") && !cookie.contains("Secure"),
                cookie);
        String overHttps = new ConsoleClient(base.toString(), java.util.Map.of("X-Forwarded-Proto", "https"))
                .get("/login.xhtml").headers().firstValue("Set-Cookie").orElse("");
        assertTrue(overHttps.contains("Secure") && overHttps.matches("(?i).*SameSite=Lax.*"), overHttps);
    }

    @Test
    void pages_and_answers_carry_a_policy_and_never_name_the_server() {
        fixture();
        HttpResponse<String> login = new ConsoleClient(base.toString()).get("/login.xhtml");
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'strict-dynamic' 'nonce-")), policies.toString());
        assertTrue(policies.stream().allMatch(p -> !p.contains("unsafe-eval")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(login.body().contains(" onclick=\""), "inline handlers moved into nonce'd scripts");

        Api admin = admin();
        for (Response r : List.of(admin.get("me"), Api.at(base).get("me"), admin.get("nothing-here"),
                admin.send("GET", "organizations", null, null, Map.of("Accept", "text/csv")),
                admin.post("initiatives", "x".repeat(3 * 1024 * 1024), "application/json"),
                admin.send("TRACE", "me", null, null, Map.of()),
                admin.send("PATCH", "/login.xhtml", null, null, Map.of()),
                Api.at(base).get("/nothing.xhtml"), Api.at(base).get("/errors/"),
                admin.get("/health"), Api.at(base).send("PUT", "/health", "{}", "application/json", Map.of()))) {
            String all = r.headers().map() + " " + r.text();
            assertFalse(all.toLowerCase(Locale.ROOT).contains("payara") || all.contains("6.2025"), r.toString());
            if (r.status() >= 400 && r.status() != 405 && (r.toString().contains("/api/"))) {
                r.assertProblem();
            }
            assertTrue(r.header("X-Content-Type-Options").isPresent() || r.status() == 405, "nosniff on " + r);
        }
    }

    @Test
    void redirects_never_take_their_host_from_the_request() {
        for (String path : List.of("/", "/index.xhtml", "/admin", "/initiatives", "/admin/users/list.xhtml")) {
            Response r = Api.at(base).send("GET", path, null, null, Map.of("X-Forwarded-Host", "evil.example"));
            String location = forgedHost(path);
            assertFalse(location.contains("evil"), path + " -> " + location);
            assertTrue(location.startsWith("/"), path + " -> " + location);
            assertTrue(r.status() < 500);
        }
    }

    @Test
    void there_is_no_wadl() {
        Api admin = admin();
        admin.get("application.wadl").expect(404);
        Response options = admin.send("OPTIONS", "organizations", null, null, Map.of());
        assertFalse(options.text().contains("wadl") || options.contentType().contains("wadl"), options.toString());
    }

    @Test
    void http_listens_on_loopback_only() {
        assertEquals(Set.of("127.0.0.1"), LifecycleIT.listeningAddresses(base.getPort()));
    }

    /** The Location of a GET whose Host header names another site (sent over a plain socket). */
    private String forgedHost(String path) {
        try (var socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return answer.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .map(l -> l.substring(9).strip()).orElse("/ (no redirect: " + answer.lines().findFirst().orElse("") + ")");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ==================================================================== a stalled database

    /**
     * A table locked from outside (PostgreSQL only: nothing outside the application can open an
     * embedded H2): unrelated requests and /health answer in under a second, writes to the table
     * answer 503 with Retry-After within seconds, and a registration answered 503 is not stored.
     */
    @Test
    void a_locked_table_is_a_fast_clear_answer_and_a_refused_registration_is_never_stored() throws Exception {
        String url = System.getenv("SANGKIEN_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs the PostgreSQL of the build");
        fixture();
        String unit = "stall." + s;
        Fixtures.user(admin(), unit, PASSWORD, G, "UNIT_OFFICER").expect(201);
        as(unit).get("me").expect(200);
        String word = "kietquan" + s.replaceAll("[^a-z]", "");
        try (Connection lock = DriverManager.getConnection(url, System.getenv("SANGKIEN_DB_USER"),
                System.getenv().getOrDefault("SANGKIEN_DB_PASSWORD", ""))) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE initiative IN ACCESS EXCLUSIVE MODE");
            }
            assertFasterThan(1_000, () -> Api.at(base).get("/health").expect(200));
            assertFasterThan(1_000, () -> as(unit).get("organizations/" + G).expect(200));
            assertFasterThan(1_000, () -> as(unit).get("me").expect(200));
            long t0 = System.nanoTime();
            Response refused = as(unit).allowServerErrors().post("initiatives",
                    Fixtures.initiative(C, G, "Sáng kiến " + word).build());
            long waited = (System.nanoTime() - t0) / 1_000_000;
            refused.expect(503).expectHeader("Retry-After");
            assertEquals("urn:sangkien:problem:unavailable", refused.json().getString("type"), "503 'not stored'");
            assertTrue(waited < 15_000, "answered after " + waited + " ms");
            long t1 = System.nanoTime();
            as(unit).allowServerErrors().get("initiatives?unit=" + G).expect(503).expectHeader("Retry-After");
            assertTrue((System.nanoTime() - t1) / 1_000_000 < 10_000);
            lock.rollback();
        }
        // What was answered 503 is not stored, even now that the table is free; a new attempt is.
        Thread.sleep(3_000);
        assertEquals(0, admin().get("initiatives?q=" + word).expect(200).number("total"));
        as(unit).post("initiatives", Fixtures.initiative(C, G, "Sáng kiến " + word).build()).expect(201);
        assertEquals(1, admin().get("initiatives?q=" + word).expect(200).number("total"));
    }

    private static void assertFasterThan(long millis, Runnable request) {
        long t0 = System.nanoTime();
        request.run();
        long took = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(took < millis, "took " + took + " ms");
    }
}
