package vn.sangkien.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.RawHttp;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;
import static vn.sangkien.support.Json2.instantIn;

/**
 * A deterministic fuzzer of the whole REST API: several thousand hostile requests, generated from a
 * fixed seed, each starting from a valid request of one endpoint (as one of the roles) and broken in
 * one place: a body member (removed, null, of a wrong JSON type, hostile text, numbers, dates and
 * instants, codes, array sizes, nesting), the whole body, a query parameter, the path parameter, a
 * header, or the credentials.
 *
 * <p>It fails on (a) any answer 5xx (docs/api.md: bad input is a 4xx, never a 5xx; the database is healthy,
 * so not even a 503 is expected) and (b) any change of data by a request that was refused. For (b) it
 * builds its own fixture (a province subtree with unique codes, campaigns, initiatives in every status,
 * users of every role, clusters with a pact) and after every refused POST/PUT compares a fingerprint
 * read through the API as the administrator (see {@link #probes()}, plus the written resource itself,
 * read before and after) with the one taken after the last accepted write. Wrong passwords go only to
 * a decoy user (it may lock), never to the actors, and the decoy is read around each of them.
 * Findings are collected and the test fails once, at the end, with the distinct ones; answers 2xx
 * without a JSON body are listed too, without failing.
 *
 * <p>{@code -Dsangkien.fuzz.seed=} (default 20261204), {@code -Dsangkien.fuzz.requests=} (default
 * 4000), {@code -Dsangkien.fuzz.seconds=} (default 240: generation stops then even if the count is not
 * reached; the cases are ordered so that every hostile value is tried once per resource first), and
 * {@code -Dsangkien.fuzz.only=12,345} (send only these request numbers, to reproduce them; a request's
 * content depends on its number and the seed alone, the ids and versions in it on the data). Every
 * request is recorded in {@code target/fuzz/seed-<seed>-<run>/requests.jsonl}, every failing one as
 * raw HTTP in {@code failures/} beside it, the report in {@code report.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    // ==================================================================== settings

    static final long SEED = Long.getLong("sangkien.fuzz.seed", 20_261_204L);
    static final int REQUESTS = Integer.getInteger("sangkien.fuzz.requests", 4_000);
    static final long SECONDS = Long.getLong("sangkien.fuzz.seconds", 240L);
    static final Set<Integer> ONLY = parseOnly(System.getProperty("sangkien.fuzz.only", ""));

    /** This run's suffix: codes and usernames are unique per run (the database may be kept). */
    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Fz-" + s + "-Pass2026";

    // The fixture: province P ⊃ district D ⊃ grassroots G1, G2; P ⊃ G3; P ⊃ VD ⊃ VG (victims of PUT);
    // province Q ⊃ GQ (the other province).
    static final String P = "FZP-" + S, D = "FZD-" + S, G1 = "FZG1-" + S, G2 = "FZG2-" + S, G3 = "FZG3-" + S;
    static final String VD = "FZVD-" + S, VG = "FZVG-" + S, Q = "FZQ-" + S, GQ = "FZGQ-" + S;
    // Campaigns: CA open with the sub-campaign CAS (which holds the fixture's initiatives), CP planned,
    // CC closed, CQ of the other province; CV (PUT) and CX (close) are victims, renewed when used up.
    static final String CA = "FZCA-" + S, CAS = "FZCAS-" + S, CP = "FZCP-" + S, CC = "FZCC-" + S, CQ = "FZCQ-" + S;
    // Clusters: K with a pact on CA, KN without.
    static final String K = "FZK-" + S, KN = "FZKN-" + S, KQ = "FZKQ-" + S;
    // Users: one of every role, victims of PUT, a decoy for wrong passwords (it may lock).
    static final String U_FED = "fz.fed." + s, U_UNIT = "fz.unit." + s, U_REV = "fz.rev." + s, U_MEM = "fz.mem." + s,
            U_INTEG = "fz.integ." + s, U_FEDQ = "fz.fedq." + s, U_V1 = "fz.victim1." + s, U_V2 = "fz.victim2." + s,
            U_VQ = "fz.victimq." + s, U_DECOY = "fz.decoy." + s;

    /** An actor: a role and its valid credentials. */
    record Actor(String label, String username, String password) {
    }

    Actor admin, fed, unit, reviewer, member, integration, fedOther;
    List<Actor> allActors;
    String contextPath;
    String host;
    int port;
    Api anon;
    Api adminApi;
    Path runDir;

    // ==================================================================== mutable state

    /** The current victims of PUT /campaigns and POST /campaigns/{code}/close. */
    String cv;
    String cx;
    int victimSerial;
    final List<String> createdCampaigns = new ArrayList<>();
    final List<String> createdClusters = new ArrayList<>();
    /** "cluster campaign" of every pact signed (the fixture's and every accepted one). */
    final Set<String> pacts = new LinkedHashSet<>();
    final List<Long> fixtureInitiatives = new ArrayList<>();
    long otherProvinceInitiative;
    /** What the last fingerprint says of the fixture, parsed: code or username → item with its version. */
    final Map<String, Map<String, Object>> orgs = new HashMap<>();
    final Map<String, Map<String, Object>> campaigns = new HashMap<>();
    final Map<String, Map<String, Object>> users = new HashMap<>();
    /** The initiatives of the fixture's province as last seen (fingerprints, reads, accepted answers), by id. */
    final Map<Long, Map<String, Object>> initiatives = new TreeMap<>();

    // ==================================================================== the test

    @Test
    void hostile_requests_never_answer_5xx_and_refused_writes_change_nothing() throws Exception {
        contextPath = base.getPath().endsWith("/") ? base.getPath().substring(0, base.getPath().length() - 1) : base.getPath();
        host = base.getHost();
        port = base.getPort();
        anon = Api.at(base).allowServerErrors();
        admin = new Actor("ADMIN", "admin", Deployments.adminPassword());
        adminApi = Api.at(base).as(admin.username(), admin.password()).allowServerErrors();
        fed = new Actor("FEDERATION_OFFICER", U_FED, PASSWORD);
        unit = new Actor("UNIT_OFFICER", U_UNIT, PASSWORD);
        reviewer = new Actor("REVIEWER", U_REV, PASSWORD);
        member = new Actor("MEMBER", U_MEM, PASSWORD);
        integration = new Actor("INTEGRATION", U_INTEG, PASSWORD);
        fedOther = new Actor("FEDERATION_OFFICER(other province)", U_FEDQ, PASSWORD);
        allActors = List.of(admin, fed, unit, reviewer, member, integration, fedOther);
        runDir = Path.of("target", "fuzz", "seed-" + SEED + "-" + S);
        Files.createDirectories(runDir.resolve("failures"));

        assertDeployed();
        long t0 = System.nanoTime();
        buildFixture();
        System.out.printf("FuzzIT: fixture built in %d ms (run suffix %s)%n", (System.nanoTime() - t0) / 1_000_000, S);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            this.pool = pool;
            long f0 = System.nanoTime();
            Map<String, String> first = fingerprint();
            long f1 = System.nanoTime();
            Map<String, String> second = fingerprint();
            List<String> unstable = diff(first, second);
            if (!unstable.isEmpty()) {
                fail("The fixture's fingerprint changes by itself, nothing can be concluded:\n" + String.join("\n", unstable));
            }
            System.out.printf("FuzzIT: a fingerprint is %d GETs and took %d ms%n", first.size(), (f1 - f0) / 1_000_000);
            baseline = second;

            List<CaseSpec> cases = order(cases());
            Map<String, Long> perFamily = cases.stream().collect(Collectors.groupingBy(CaseSpec::family, TreeMap::new,
                    Collectors.counting()));
            System.out.printf("FuzzIT: seed=%d (-Dsangkien.fuzz.seed), requests=%d (-Dsangkien.fuzz.requests), "
                            + "time budget %d s (-Dsangkien.fuzz.seconds); %d distinct cases %s over %d endpoints, the first %d"
                            + " of them each hostile value once per resource; log %s%n",
                    SEED, REQUESTS, SECONDS, cases.size(), perFamily, endpoints.size(), firstTiers, runDir.toAbsolutePath());

            long start = System.nanoTime();
            long deadline = start + SECONDS * 1_000_000_000L;
            int sent = 0;
            int k = 0;
            Set<Integer> covered = new java.util.HashSet<>();
            String stopReason = "count reached";
            try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(runDir.resolve("requests.jsonl")))) {
                this.log = log;
                for (; sent < REQUESTS; k++) {
                    if (System.nanoTime() > deadline) {
                        stopReason = "time budget of " + SECONDS + " s spent";
                        break;
                    }
                    if (!ONLY.isEmpty()) {
                        if (k > Collections.max(ONLY)) {
                            stopReason = "requests of -Dsangkien.fuzz.only sent";
                            break;
                        }
                        if (!ONLY.contains(k)) {
                            continue;
                        }
                    }
                    CaseSpec spec = cases.get(k % cases.size());
                    Random r = new Random(SEED * 0x9E3779B97F4A7C15L + k);
                    Req q = materialize(spec, k, r, k >= cases.size());
                    execute(q);
                    covered.add(k % cases.size());
                    sent++;
                    if (sent % 250 == 0) {
                        System.out.printf("FuzzIT: %d requests in %d s, %d server errors, %d data changes so far%n", sent,
                                (System.nanoTime() - start) / 1_000_000_000L, serverErrors.size(), dataChanges.size());
                    }
                }
                if (log.checkError()) {
                    System.out.println("FuzzIT: WARNING: the request log could not be written completely");
                }
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            String summary = String.format("FuzzIT: %d requests (%s) in %d s, %d of %d distinct cases covered, "
                            + "%d fingerprints; seed %d; %d requests answered 5xx, %d refused requests changed data",
                    sent, stopReason, seconds, covered.size(), cases.size(), fingerprints, SEED,
                    serverErrorCount, dataChangeCount);
            System.out.println(summary);
            System.out.printf("FuzzIT: %d s in the fuzz requests, %d s in %d fingerprints (%d ms each); slowest probes: %s%n",
                    requestNanos / 1_000_000_000L, fingerprintNanos / 1_000_000_000L, fingerprints,
                    fingerprints == 0 ? 0 : fingerprintNanos / 1_000_000 / fingerprints,
                    probeNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                            .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 / Math.max(1, fingerprints) + " ms")
                            .toList());
            String report = report(summary);
            Files.writeString(runDir.resolve("report.txt"), report);
            if (!serverErrors.isEmpty() || !dataChanges.isEmpty()) {
                fail(report);
            }
            System.out.println(report);
        } finally {
            pool.shutdownNow();
        }
    }

    // ==================================================================== fixture

    private void assertDeployed() {
        Api.Response health = anon.get("/health");
        Api.Response me = adminApi.get("me");
        if (health.status() != 200 || me.status() != 200) {
            fail("The application is not deployed or not ready (see the Payara log above):\n  " + health + "\n  " + me);
        }
    }

    private Api as(Actor a) {
        return Api.at(base).as(a.username(), a.password());
    }

    private void buildFixture() {
        Api adm = as(admin);
        createOrg(adm, P, "Liên đoàn Lao động tỉnh Thử nghiệm " + S, "PROVINCE", "TLD");
        createOrg(adm, D, "Liên đoàn Lao động huyện Thử nghiệm " + S, "DISTRICT", P);
        createOrg(adm, G1, "Công đoàn cơ sở Ánh Dương " + S, "GRASSROOTS", D);
        createOrg(adm, G2, "Công đoàn cơ sở Bình Minh " + S, "GRASSROOTS", D);
        createOrg(adm, G3, "Công đoàn cơ sở Cửu Long " + S, "GRASSROOTS", P);
        createOrg(adm, VD, "Công đoàn ngành Thử thách " + S, "DISTRICT", P);
        createOrg(adm, VG, "Công đoàn cơ sở Thử thách " + S, "GRASSROOTS", VD);
        createOrg(adm, Q, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD");
        createOrg(adm, GQ, "Công đoàn cơ sở Tỉnh khác " + S, "GRASSROOTS", Q);

        createUser(adm, U_FED, "FEDERATION_OFFICER", P);
        createUser(adm, U_UNIT, "UNIT_OFFICER", G1);
        createUser(adm, U_REV, "REVIEWER", P);
        createUser(adm, U_MEM, "MEMBER", G1);
        createUser(adm, U_INTEG, "INTEGRATION", P);
        createUser(adm, U_FEDQ, "FEDERATION_OFFICER", Q);
        createUser(adm, U_V1, "MEMBER", G1);
        createUser(adm, U_V2, "UNIT_OFFICER", G2);
        createUser(adm, U_VQ, "MEMBER", GQ);
        createUser(adm, U_DECOY, "MEMBER", G2);

        createCampaign(adm, CA, P, null, instantIn(-86_400), instantIn(60 * 86_400));
        createCampaign(adm, CAS, P, CA, instantIn(-3_600), instantIn(30 * 86_400));
        createCampaign(adm, CP, P, null, instantIn(30 * 86_400), instantIn(50 * 86_400));
        createCampaign(adm, CC, P, null, instantIn(-86_400), instantIn(30 * 86_400));
        createCampaign(adm, CQ, Q, null, instantIn(-86_400), instantIn(60 * 86_400));
        cv = newVictimCampaign("FZCV");
        cx = newVictimCampaign("FZCX");

        Api u = as(unit);
        Api m = as(member);
        Api rv = as(reviewer);
        long draft = register(m, CAS, G1, "Bản nháp sáng kiến " + S, false);
        long submitted = register(u, CAS, G1, "Sáng kiến đã nộp " + S, true);
        long verified = register(u, CAS, G1, "Sáng kiến đã xác nhận " + S, true);
        move(u, verified, obj("action", "VERIFY"));
        long recognized = register(u, CAS, G1, "Sáng kiến được công nhận " + S, true);
        move(u, recognized, obj("action", "VERIFY"));
        move(rv, recognized, obj("action", "RECOGNIZE", "decisionNumber", "01/QĐ-" + S, "decisionDate", "2025-06-01",
                "scores", obj("novelty", 35, "applicability", 25, "benefit", 25)));
        long rejected = register(u, CAS, G1, "Sáng kiến bị từ chối " + S, true);
        move(u, rejected, obj("action", "REJECT", "comment", "Trùng lặp với sáng kiến khác"));
        long returned = register(u, CAS, G1, "Sáng kiến bị trả lại " + S, true);
        move(u, returned, obj("action", "RETURN", "comment", "Bổ sung số liệu"));
        long withdrawn = register(m, CAS, G1, "Sáng kiến đã rút " + S, true);
        move(m, withdrawn, obj("action", "WITHDRAW"));
        Map<String, Object> confidential = initiativeBody(CAS, G2, "Sáng kiến mật " + S, true, 0);
        confidential.put("confidential", true);
        long secret = id(as(fed).post("initiatives", jsonValue(confidential)).expect(201));
        long g3 = register(as(integration), CAS, G3, "Sáng kiến của cơ sở trực thuộc tỉnh " + S, true);
        fixtureInitiatives.addAll(List.of(draft, submitted, verified, recognized, rejected, returned, withdrawn, secret, g3));

        adm.post("clusters", jsonValue(obj("code", K, "name", "Cụm thi đua số 1 " + S, "organizerCode", P,
                "headUnitCode", D, "memberCodes", list(D, G3)))).expect(201);
        adm.post("clusters", jsonValue(obj("code", KN, "name", "Cụm thi đua số 2 " + S, "organizerCode", P,
                "headUnitCode", D, "memberCodes", list(D, G3)))).expect(201);
        adm.post("clusters", jsonValue(obj("code", KQ, "name", "Cụm thi đua tỉnh khác " + S, "organizerCode", Q,
                "memberCodes", list(GQ)))).expect(201);
        otherProvinceInitiative = register(as(fedOther), CQ, GQ, "Sáng kiến của tỉnh khác " + S, true);
        adm.post("clusters/" + K + "/pacts", jsonValue(pactBody(CA))).expect(201);
        pacts.add(K + " " + CA);
        rv.post("clusters/" + K + "/scores", jsonValue(obj("campaignCode", CA, "unitCode", D, "points", 80,
                "note", "Điểm của hội đồng"))).expect(200);
    }

    private static void createOrg(Api api, String code, String name, String level, String parent) {
        api.post("organizations", jsonValue(obj("code", code, "name", name, "level", level, "parentCode", parent))).expect(201);
    }

    private static void createUser(Api api, String username, String role, String org) {
        api.post("users", jsonValue(obj("username", username, "fullName", "Nguyễn Văn " + username, "password", PASSWORD,
                "roles", list(role), "organizationCode", org))).expect(201);
    }

    private static void createCampaign(Api api, String code, String organizer, String parent, String opens, String closes) {
        Map<String, Object> body = obj("code", code, "name", "Đợt thi đua " + code, "organizerCode", organizer,
                "opensAt", opens, "closesAt", closes, "targetInitiatives", 100, "targetCoveragePercent", 80);
        if (parent != null) {
            body.put("parentCode", parent);
        }
        api.post("campaigns", jsonValue(body)).expect(201);
        if (code.equals(CC)) {
            api.post("campaigns/" + code + "/close", "", "application/json").expect(200);
        }
    }

    private String newVictimCampaign(String prefix) {
        String code = prefix + (++victimSerial) + "-" + S;
        createCampaign(as(admin), code, P, null, instantIn(-86_400), instantIn(30 * 86_400));
        return code;
    }

    private long register(Api api, String campaign, String unitCode, String title, boolean submit) {
        return id(api.post("initiatives", jsonValue(initiativeBody(campaign, unitCode, title, submit, 0))).expect(201));
    }

    private void move(Api api, long id, Map<String, Object> body) {
        api.post("initiatives/" + id + "/transitions", jsonValue(body)).expect(200);
    }

    private static long id(Api.Response r) {
        return r.json().getJsonNumber("id").longValue();
    }

    static Map<String, Object> initiativeBody(String campaign, String unitCode, String title, boolean submit, int n) {
        Map<String, Object> b = obj("campaignCode", campaign, "unitCode", unitCode);
        b.putAll(initiativeContent(title, n));
        b.put("submit", submit);
        return b;
    }

    static Map<String, Object> initiativeContent(String title, int n) {
        return obj("title", title, "field", "TECHNOLOGY",
                "summary", "Tóm tắt: số hoá biểu mẫu, giảm thời gian xử lý hồ sơ " + n + ".",
                "currentSituation", "Hồ sơ giấy, xử lý chậm.",
                "solution", "Giải pháp: biểu mẫu điện tử và ký số.",
                "novelty", "Lần đầu áp dụng tại đơn vị.",
                "applicability", "Áp dụng cho mọi công đoàn cơ sở.",
                "benefits", "Tiết kiệm 20% thời gian.",
                "socialBenefit", "Giảm giấy tờ cho người lao động.",
                "ownerName", "Công ty Cổ phần Thử nghiệm",
                "appliedFrom", "2025-03-01", "estimatedValueVnd", 150_000_000L,
                "confidential", false, "confidentialContent", "Quy trình nội bộ.",
                "authors", list(obj("fullName", "Nguyễn Văn An", "memberCode", "DV-001", "sharePercent", 60),
                        obj("fullName", "Trần Thị Bích", "memberCode", "DV-002", "sharePercent", 40)));
    }

    static Map<String, Object> pactBody(String campaign) {
        return obj("campaignCode", campaign, "signedOn", "2025-06-01", "targetInitiatives", 30,
                "targetCoveragePercent", 50,
                "memberTargets", list(obj("unitCode", D, "targetInitiatives", 10), obj("unitCode", G3, "targetInitiatives", 5)),
                "criteria", list(obj("criterion", "TARGET_REACHED", "weight", 40), obj("criterion", "COVERAGE", "weight", 30),
                        obj("criterion", "MANUAL_POINTS", "weight", 30)));
    }

    static Map<String, Object> rubric() {
        return obj("noveltyMax", 40, "applicabilityMax", 30, "benefitMax", 30, "passTotal", 50, "criterionMin", 10,
                "gradeA", 85, "gradeB", 70, "gradeC", 50);
    }

    // ==================================================================== endpoints: a valid request of each

    /** Fills a request with a valid request of the endpoint for the actor. */
    interface Template {
        void fill(Req q, Actor a, Random r);
    }

    record Endpoint(String name, String method, List<String> params, boolean pathParam, boolean body, List<Actor> able,
                    Template template) {
    }

    List<Endpoint> endpoints;

    private List<Endpoint> endpoints() {
        // who may call an endpoint on the fixture; the other province's officer is in every "valid" case
        List<Actor> all = List.of(admin, fed, unit, reviewer, member, integration);
        List<Actor> provinceLevel = List.of(admin, fed, reviewer, integration);
        List<Actor> managers = List.of(admin, fed);
        List<Actor> registrars = List.of(admin, fed, unit, member, integration);
        List<Actor> unitSide = List.of(admin, fed, unit, integration);
        List<Actor> evaluators = List.of(admin, fed, reviewer);
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET /me", "GET", List.of(), false, false, all, (q, a, r) -> q.path("me")));
        e.add(new Endpoint("GET /fields", "GET", List.of("page", "size"), false, false, all, (q, a, r) -> {
            q.path("fields");
            q.query("page", "0").query("size", "20");
        }));
        // ---------------------------------------------------------------- organizations
        e.add(new Endpoint("POST /organizations", "POST", List.of(), false, true, managers, (q, a, r) -> {
            q.path("organizations");
            int v = r.nextInt(10);
            q.body = obj("code", "FZO" + q.index + "-" + S, "name", "Công đoàn cơ sở Thử nghiệm số " + q.index,
                    "level", v < 7 ? "GRASSROOTS" : "DISTRICT", "parentCode", v < 5 ? D : P);
        }));
        e.add(new Endpoint("GET /organizations/{code}", "GET", List.of(), true, false, all, (q, a, r) -> {
            String code = a == unit || a == member ? G1 : pick(r, P, D, G1, G2, G3, VD, VG);
            q.path("organizations/", code, "");
        }));
        e.add(new Endpoint("PUT /organizations/{code}", "PUT", List.of(), true, true, managers, (q, a, r) -> {
            String code = r.nextBoolean() ? VD : VG;
            q.path("organizations/", code, "");
            q.ifMatch(orgs.get(code));
            q.body = obj("name", "Công đoàn đổi tên lần " + q.index + " " + S, "active", true);
            q.targets.add("organizations/" + code);
        }));
        e.add(new Endpoint("GET /organizations", "GET", List.of("parent", "level", "q", "page", "size"), false, false, all,
                (q, a, r) -> {
                    q.path("organizations");
                    q.query("parent", a == unit || a == member ? G1 : P).query("level", "GRASSROOTS")
                            .query("q", enc("cong doan")).query("page", "0").query("size", "20");
                }));
        // ---------------------------------------------------------------- campaigns
        e.add(new Endpoint("POST /campaigns", "POST", List.of(), false, true, managers, (q, a, r) -> {
            q.path("campaigns");
            Map<String, Object> body = obj("code", "FZC" + q.index + "-" + S, "name", "Đợt cao điểm thử số " + q.index,
                    "organizerCode", P, "parentCode", CA, "opensAt", instantIn(-3_600), "closesAt", instantIn(10 * 86_400),
                    "targetInitiatives", 50, "targetCoveragePercent", 60, "rubric", rubric());
            if (r.nextInt(10) < 6) {
                // a top-level campaign more often than a sub-campaign of CA
                body.remove("parentCode");
            }
            q.body = body;
        }));
        e.add(new Endpoint("GET /campaigns/{code}", "GET", List.of(), true, false, all,
                (q, a, r) -> q.path("campaigns/", pick(r, CA, CAS, CP, CC, cv, cx), "")));
        e.add(new Endpoint("PUT /campaigns/{code}", "PUT", List.of(), true, true, managers, (q, a, r) -> {
            q.path("campaigns/", cv, "");
            q.ifMatch(campaigns.get(cv));
            q.body = obj("name", "Đợt thi đua đổi tên lần " + q.index, "opensAt", instantIn(-86_400),
                    "closesAt", instantIn(30 * 86_400), "targetInitiatives", 120, "targetCoveragePercent", 70,
                    "rubric", rubric());
            q.targets.add("campaigns/" + cv);
            q.targets.add("campaigns/" + cv + "/summaries?size=200");
        }));
        e.add(new Endpoint("POST /campaigns/{code}/close", "POST", List.of(), true, false, managers, (q, a, r) -> {
            q.path("campaigns/", cx, "/close");
            q.targets.add("campaigns/" + cx);
            q.targets.add("campaigns/" + cx + "/summaries?size=200");
        }));
        e.add(new Endpoint("GET /campaigns/{code}/summary", "GET", List.of(), true, false, all,
                (q, a, r) -> q.path("campaigns/", pick(r, CA, CAS, CC, CP), "/summary")));
        e.add(new Endpoint("GET /campaigns/{code}/summaries", "GET", List.of("page", "size"), true, false, all, (q, a, r) -> {
            q.path("campaigns/", pick(r, CA, CC), "/summaries");
            q.query("page", "0").query("size", "20");
        }));
        e.add(new Endpoint("GET /campaigns", "GET", List.of("organizer", "parent", "status", "page", "size"), false, false,
                all, (q, a, r) -> {
                    q.path("campaigns");
                    q.query("organizer", P).query("parent", CA).query("status", "OPEN").query("page", "0").query("size", "20");
                }));
        // ---------------------------------------------------------------- clusters
        e.add(new Endpoint("POST /clusters", "POST", List.of(), false, true, managers, (q, a, r) -> {
            q.path("clusters");
            q.body = obj("code", "FZK" + q.index + "-" + S, "name", "Khối thi đua thử số " + q.index, "organizerCode", P,
                    "parentCode", K, "headUnitCode", D, "memberCodes", list(D, G3));
        }));
        e.add(new Endpoint("GET /clusters/{code}", "GET", List.of(), true, false, provinceLevel,
                (q, a, r) -> q.path("clusters/", pick(r, K, KN), "")));
        e.add(new Endpoint("GET /clusters", "GET", List.of("organizer", "page", "size"), false, false, provinceLevel,
                (q, a, r) -> {
                    q.path("clusters");
                    q.query("organizer", P).query("page", "0").query("size", "20");
                }));
        e.add(new Endpoint("POST /clusters/{code}/pacts", "POST", List.of(), true, true, managers, (q, a, r) -> {
            // a cluster and a campaign without a pact yet, when there is one (a pact is signed once)
            List<String> clusters = new ArrayList<>(List.of(K, KN));
            clusters.addAll(createdClusters.subList(Math.max(0, createdClusters.size() - 5), createdClusters.size()));
            List<String> campaignsToSign = new ArrayList<>(List.of(CA, CAS, CP, cv));
            campaignsToSign.addAll(createdCampaigns.subList(Math.max(0, createdCampaigns.size() - 5), createdCampaigns.size()));
            List<String[]> free = new ArrayList<>();
            for (String cl : clusters) {
                for (String ca : campaignsToSign) {
                    if (!pacts.contains(cl + " " + ca)) {
                        free.add(new String[] {cl, ca});
                    }
                }
            }
            String[] pair = free.isEmpty() ? new String[] {clusters.get(r.nextInt(clusters.size())),
                    campaignsToSign.get(r.nextInt(campaignsToSign.size()))} : free.get(r.nextInt(free.size()));
            String cluster = pair[0];
            q.path("clusters/", cluster, "/pacts");
            q.body = pactBody(pair[1]);
            q.targets.add("clusters/" + cluster);
            q.targets.add("clusters/" + cluster + "/pacts");
        }));
        e.add(new Endpoint("GET /clusters/{code}/pacts", "GET", List.of(), true, false, provinceLevel,
                (q, a, r) -> q.path("clusters/", pick(r, K, KN), "/pacts")));
        e.add(new Endpoint("GET /clusters/{code}/evaluation", "GET", List.of("campaign"), true, false, provinceLevel,
                (q, a, r) -> {
                    q.path("clusters/", K, "/evaluation");
                    q.query("campaign", CA);
                }));
        e.add(new Endpoint("POST /clusters/{code}/scores", "POST", List.of(), true, true, evaluators, (q, a, r) -> {
            q.path("clusters/", K, "/scores");
            q.body = obj("campaignCode", CA, "unitCode", r.nextBoolean() ? D : G3, "points", new java.math.BigDecimal("75.5"),
                    "note", "Nhận xét của hội đồng lần " + q.index);
            q.targets.add("clusters/" + K + "/evaluation?campaign=" + CA);
        }));
        e.add(new Endpoint("GET /clusters/{code}/summary", "GET", List.of("campaign"), true, false, provinceLevel, (q, a, r) -> {
            q.path("clusters/", K, "/summary");
            q.query("campaign", CA);
        }));
        // ---------------------------------------------------------------- users
        e.add(new Endpoint("POST /users", "POST", List.of(), false, true, managers, (q, a, r) -> {
            q.path("users");
            q.body = obj("username", "fz" + q.index + "." + s, "fullName", "Nguyễn Thị Thử " + q.index,
                    "password", "Fz-New-2026-" + q.index, "roles", list(pick(r, "MEMBER", "UNIT_OFFICER", "REVIEWER",
                            "INTEGRATION")), "organizationCode", pick(r, G1, G2, G3));
        }));
        e.add(new Endpoint("GET /users/{username}", "GET", List.of(), true, false, all, (q, a, r) -> q.path("users/",
                a == unit || a == member ? pick(r, U_UNIT, U_MEM, U_V1) : pick(r, U_FED, U_UNIT, U_REV, U_MEM, U_INTEG, U_V1,
                        U_V2, U_DECOY), "")));
        e.add(new Endpoint("PUT /users/{username}", "PUT", List.of(), true, true, managers, (q, a, r) -> {
            String username = r.nextBoolean() ? U_V1 : U_V2;
            q.path("users/", username, "");
            q.ifMatch(users.get(username));
            q.body = obj("fullName", "Người dùng đổi tên lần " + q.index, "password", "Fz-Changed-2026-" + q.index,
                    "roles", list(r.nextBoolean() ? "MEMBER" : "UNIT_OFFICER"), "active", true);
            q.targets.add("users/" + username);
        }));
        e.add(new Endpoint("GET /users", "GET", List.of("organization", "page", "size"), false, false, all, (q, a, r) -> {
            q.path("users");
            q.query("organization", a == unit || a == member ? G1 : P).query("page", "0").query("size", "20");
        }));
        // ---------------------------------------------------------------- initiatives
        e.add(new Endpoint("POST /initiatives", "POST", List.of(), false, true, registrars, (q, a, r) -> {
            q.path("initiatives");
            String unitCode = a == unit || a == member ? G1 : pick(r, G1, G2, G3);
            q.body = initiativeBody(CA, unitCode, "Sáng kiến thử nghiệm số " + q.index, r.nextInt(4) > 0, q.index);
        }));
        e.add(new Endpoint("GET /initiatives/{id}", "GET", List.of(), true, false, all, (q, a, r) -> q.path("initiatives/",
                Long.toString(fixtureInitiative(a, r)), "")));
        e.add(new Endpoint("PUT /initiatives/{id}", "PUT", List.of(), true, true, registrars, (q, a, r) -> {
            Map<String, Object> target = newest(r, "DRAFT", "RETURNED");
            String id = target == null ? Long.toString(fixtureInitiatives.get(0)) : text(target.get("id"));
            q.path("initiatives/", id, "");
            q.ifMatch(target);
            q.body = initiativeContent("Sáng kiến sửa lần " + q.index, q.index);
            q.targets.add("initiatives/" + id);
            q.targets.add("initiatives/" + id + "/history");
        }));
        e.add(new Endpoint("POST /initiatives/{id}/transitions", "POST", List.of(), true, true, all, (q, a, r) -> {
            String action;
            String[] from;
            if (a == reviewer) {
                action = pick(r, "RECOGNIZE", "REJECT", "RETURN");
                from = new String[] {"VERIFIED"};
            } else if (a == member) {
                action = pick(r, "SUBMIT", "WITHDRAW");
                from = action.equals("SUBMIT") ? new String[] {"DRAFT", "RETURNED"} : new String[] {"DRAFT", "SUBMITTED"};
            } else {
                action = pick(r, "VERIFY", "REJECT", "RETURN", "SUBMIT", "WITHDRAW", "RECOGNIZE");
                from = switch (action) {
                    case "SUBMIT" -> new String[] {"DRAFT", "RETURNED"};
                    case "WITHDRAW" -> new String[] {"DRAFT", "SUBMITTED", "RETURNED", "VERIFIED"};
                    case "RECOGNIZE" -> new String[] {"VERIFIED"};
                    default -> new String[] {"SUBMITTED"};
                };
            }
            Map<String, Object> target = newest(r, from);
            String id = target == null ? Long.toString(fixtureInitiatives.get(1)) : text(target.get("id"));
            q.path("initiatives/", id, "/transitions");
            q.body = obj("action", action, "comment", "Lý do của lần xử lý " + q.index, "decisionNumber", q.index + "/QĐ-LĐLĐ",
                    "decisionDate", "2025-06-01", "scores", obj("novelty", 35, "applicability", 25, "benefit", 25));
            q.targets.add("initiatives/" + id);
            q.targets.add("initiatives/" + id + "/history");
        }));
        e.add(new Endpoint("GET /initiatives/{id}/history", "GET", List.of(), true, false, all, (q, a, r) -> q.path(
                "initiatives/", Long.toString(fixtureInitiative(a, r)), "/history")));
        e.add(new Endpoint("GET /initiatives", "GET", List.of("campaign", "unit", "status", "q", "field", "page", "size"),
                false, false, all, (q, a, r) -> {
                    q.path("initiatives");
                    q.query("campaign", CA).query("unit", G1).query("status", "SUBMITTED").query("q", enc("thu nghiem"))
                            .query("field", "TECHNOLOGY").query("page", "0").query("size", "20");
                }));
        return e;
    }

    /** One of the fixture's initiatives the actor may see (those of G1 for G1's officer and member). */
    private long fixtureInitiative(Actor a, Random r) {
        int visible = a == unit || a == member ? 7 : fixtureInitiatives.size();
        return fixtureInitiatives.get(r.nextInt(visible));
    }

    /** One of the newest five known initiatives of the fixture's province in one of these statuses. */
    private Map<String, Object> newest(Random r, String... statuses) {
        Set<String> wanted = Set.of(statuses);
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> i : initiatives.values()) {
            if (wanted.contains(i.get("status"))) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> recent = found.subList(Math.max(0, found.size() - 5), found.size());
        return recent.get(r.nextInt(recent.size()));
    }

    // ==================================================================== requests

    static final Object NO_BODY = new Object();
    static final Object REMOVE = new Object();

    /** One generated request; everything in it is recorded. */
    final class Req {
        final int index;
        final Endpoint endpoint;
        final CaseSpec spec;
        Actor actor;
        String actorLabel;
        String method;
        String prefix = "";
        String param;
        String suffix = "";
        final LinkedHashMap<String, String> query = new LinkedHashMap<>();
        /** Headers as sent (values may hold any char 0–255; such requests go over a raw socket). */
        final LinkedHashMap<String, String> headers = new LinkedHashMap<>();
        Object body = NO_BODY;
        byte[] bodyBytes;
        boolean raw;
        /** Single resources to read before and after a write (besides the fingerprint). */
        final List<String> targets = new ArrayList<>();

        Req(int index, Endpoint endpoint, CaseSpec spec) {
            this.index = index;
            this.endpoint = endpoint;
            this.spec = spec;
        }

        void path(String p) {
            prefix = p;
        }

        void path(String before, String p, String after) {
            prefix = before;
            param = p;
            suffix = after;
        }

        Req query(String name, String encodedValue) {
            query.put(name, encodedValue);
            return this;
        }

        void ifMatch(Map<String, Object> item) {
            if (item != null && item.get("version") != null) {
                headers.put("If-Match", "\"" + text(item.get("version")) + "\"");
            }
        }

        /** The request target below the context root: /api/v1/... with the query. */
        String target() {
            StringBuilder t = new StringBuilder("/api/v1/").append(prefix);
            if (param != null) {
                t.append(param);
            }
            t.append(suffix);
            boolean first = true;
            for (Map.Entry<String, String> p : query.entrySet()) {
                t.append(first ? '?' : '&').append(p.getKey());
                if (p.getValue() != null) {
                    t.append('=').append(p.getValue());
                }
                first = false;
            }
            return t.toString();
        }

        String describe() {
            return endpoint.name() + " | " + spec.family() + ": " + spec.mutation() + " | as " + actorLabel;
        }
    }

    /** One case: an endpoint and one way of breaking its valid request. */
    interface Mutator {
        void apply(Req q, Random r);
    }

    record CaseSpec(Endpoint endpoint, String family, String mutation, Actor fixedActor, Mutator mutator) {
    }

    /**
     * The request of a case: its endpoint's valid request, as the case's role or else as a role that may
     * call the endpoint (so that the broken part is looked at: every role's valid request is a case of its
     * own), from the second pass over the cases on as any role a quarter of the time; then broken.
     */
    private Req materialize(CaseSpec spec, int k, Random r, boolean repeat) {
        Endpoint ep = spec.endpoint();
        Actor actor;
        if (spec.fixedActor() != null) {
            actor = spec.fixedActor();
        } else if (!repeat || spec.family().equals("credentials") || r.nextInt(100) < 75) {
            actor = ep.able().get(r.nextInt(ep.able().size()));
        } else {
            actor = allActors.get(r.nextInt(allActors.size()));
        }
        Req q = new Req(k, ep, spec);
        q.actor = actor;
        q.actorLabel = actor.label();
        q.method = ep.method();
        ep.template().fill(q, actor, r);
        LinkedHashMap<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", basic(actor.username(), actor.password()));
        int lang = r.nextInt(3);
        if (lang > 0) {
            h.put("Accept-Language", lang == 1 ? "vi" : "en");
        }
        if (ep.body()) {
            h.put("Content-Type", "application/json");
        }
        h.putAll(q.headers);
        q.headers.clear();
        q.headers.putAll(h);
        spec.mutator().apply(q, r);
        if (q.bodyBytes == null && q.body != NO_BODY) {
            q.bodyBytes = json(q.body).getBytes(StandardCharsets.UTF_8);
        }
        return q;
    }

    // ==================================================================== the cases

    private List<CaseSpec> cases() {
        endpoints = endpoints();
        List<CaseSpec> cases = new ArrayList<>();
        Random choose = new Random(SEED ^ 0x5DEECE66DL);
        for (Endpoint ep : endpoints) {
            // the valid request as each role
            for (Actor a : allActors) {
                cases.add(new CaseSpec(ep, "valid", "none (valid request)", a, (q, r) -> {
                }));
            }
            if (ep.body()) {
                cases.addAll(bodyMemberCases(ep));
            }
            if (ep.body() || ep.method().equals("POST")) {
                cases.addAll(wholeBodyCases(ep));
            }
            for (String param : ep.params()) {
                for (Val v : queryValues(param)) {
                    cases.add(new CaseSpec(ep, "query", "?" + param + "=" + v.label(), null,
                            (q, r) -> {
                                Object value = v.fn().value(q.query.get(param), q, r);
                                if (value == REMOVE) {
                                    q.query.remove(param);
                                } else {
                                    q.query.put(param, (String) value);
                                }
                            }));
                }
            }
            if (ep.pathParam()) {
                for (Val v : pathValues()) {
                    cases.add(new CaseSpec(ep, "path", "path parameter := " + v.label(), null, (q, r) -> {
                        String before = q.param;
                        q.param = (String) v.fn().value(q.param, q, r);
                        List<String> targets = new ArrayList<>(q.targets);
                        q.targets.clear();
                        if (v.label().equals("the other province's")) {
                            // a real resource, out of the caller's scope: read it around the write as well
                            for (String t : targets) {
                                q.targets.add(t.replace(before, q.param));
                            }
                            if (targets.isEmpty()) {
                                q.targets.add(q.endpoint.name().contains("/organizations/") ? "organizations/" + q.param
                                        : q.endpoint.name().contains("/campaigns/") ? "campaigns/" + q.param
                                        : q.endpoint.name().contains("/clusters/") ? "clusters/" + q.param
                                        : q.endpoint.name().contains("/users/") ? "users/" + q.param : "initiatives/" + q.param);
                            }
                        }
                    }));
                }
            }
        }
        // headers: each mutation on a few endpoints (If-Match on every PUT, Content-Type on bodies)
        List<Endpoint> withBody = endpoints.stream().filter(Endpoint::body).toList();
        List<Endpoint> puts = endpoints.stream().filter(x -> x.method().equals("PUT")).toList();
        for (HeaderVal hv : headerValues()) {
            List<Endpoint> on = new ArrayList<>();
            if (hv.name().equals("If-Match")) {
                on.addAll(puts);
                on.add(endpoints.get(choose.nextInt(endpoints.size())));
            } else if (hv.name().equals("Content-Type")) {
                for (int i = 0; i < 3; i++) {
                    on.add(withBody.get(choose.nextInt(withBody.size())));
                }
            } else {
                for (int i = 0; i < 3; i++) {
                    on.add(endpoints.get(choose.nextInt(endpoints.size())));
                }
            }
            for (Endpoint ep : new LinkedHashSet<>(on)) {
                cases.add(new CaseSpec(ep, "header", hv.name() + ": " + hv.label(), null, (q, r) -> {
                    if (hv.value() == null) {
                        q.headers.remove(hv.name());
                    } else {
                        q.headers.put(hv.name(), hv.value());
                    }
                }));
            }
        }
        // credentials: each on a few endpoints
        for (Val v : credentialValues()) {
            Set<Endpoint> on = new LinkedHashSet<>();
            while (on.size() < 4) {
                on.add(endpoints.get(choose.nextInt(endpoints.size())));
            }
            for (Endpoint ep : on) {
                cases.add(new CaseSpec(ep, "credentials", "Authorization: " + v.label(), null, (q, r) -> {
                    // wrong passwords count against the decoy in the database: watch it around the request
                    q.targets.add("users/" + U_DECOY);
                    Object value = v.fn().value(q.headers.get("Authorization"), q, r);
                    if (value == REMOVE) {
                        q.headers.remove("Authorization");
                    } else {
                        q.headers.put("Authorization", (String) value);
                    }
                }));
            }
        }
        return cases;
    }

    static final Set<String> GENERIC = Set.of("removed", "null", "number 42", "string \"true\"", "array [1,\"a\",null]",
            "object {\"a\":1}", "bool true");

    /**
     * The order of the cases: shuffled by the seed, then in three tiers, so that a run cut short by its
     * time budget has still tried every distinct thing once. First two valid requests of each endpoint;
     * then every hostile value once per resource (a body member's value on POST and PUT of the same
     * resource, a whole-body mutation, a path value per resource and method, a credential on one
     * endpoint), with every query parameter and header mutation; last the repeats on further endpoints,
     * the valid requests as the other roles, and the members removed, null or of a wrong JSON type.
     */
    static int firstTiers;

    private static List<CaseSpec> order(List<CaseSpec> cases) {
        List<CaseSpec> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(SEED));
        List<CaseSpec> first = new ArrayList<>();
        List<CaseSpec> second = new ArrayList<>();
        List<CaseSpec> last = new ArrayList<>();
        Map<Endpoint, Integer> valid = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CaseSpec c : shuffled) {
            String resource = c.endpoint().name().split(" ")[1].split("/")[1];
            String mutation = c.mutation();
            switch (c.family()) {
                case "valid" -> (valid.merge(c.endpoint(), 1, Integer::sum) <= 2 ? first : last).add(c);
                case "body" -> {
                    String value = mutation.substring(mutation.indexOf(" := ") + 4);
                    (!GENERIC.contains(value) && seen.add(resource + " " + mutation) ? second : last).add(c);
                }
                case "whole-body", "credentials" -> (seen.add(c.family() + " " + mutation) ? second : last).add(c);
                case "path" -> (seen.add(resource + " " + c.endpoint().method() + " " + mutation) ? second : last).add(c);
                default -> second.add(c);
            }
        }
        first.addAll(second);
        firstTiers = first.size();
        first.addAll(last);
        return first;
    }

    // ---------------------------------------------------------------- body members

    enum Kind { TEXT, CODE, ENUM, DATE, INSTANT, NUMBER, BOOL, OBJECT, ARRAY }

    /** A value of a mutation, possibly computed from the current one. */
    interface ValFn {
        Object value(Object current, Req q, Random r);
    }

    record Val(String label, ValFn fn) {
        static Val of(String label, Object constant) {
            return new Val(label, (c, q, r) -> constant);
        }
    }

    /** A JSON text written as it is (numbers beyond double, escapes no writer would make, nesting). */
    record Raw(String json) {
    }

    /** The member cases of an endpoint: every member any of a few valid bodies has (templates vary). */
    private List<CaseSpec> bodyMemberCases(Endpoint ep) {
        Map<String, CaseSpec> cases = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            Req probe = new Req(0, ep, null);
            ep.template().fill(probe, ep.able().get(0), new Random(SEED + i));
            List<CaseSpec> found = new ArrayList<>();
            walk(ep, probe.body, new ArrayList<>(), found);
            found.forEach(c -> cases.putIfAbsent(c.mutation(), c));
        }
        return new ArrayList<>(cases.values());
    }

    private void walk(Endpoint ep, Object node, List<Object> path, List<CaseSpec> out) {
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        int n = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            // nested objects: their first three members are enough (the rubric has eight alike)
            if (!path.isEmpty() && ++n > 3) {
                break;
            }
            List<Object> p = new ArrayList<>(path);
            p.add(entry.getKey());
            Object value = entry.getValue();
            String name = (String) entry.getKey();
            addMemberCases(ep, p, kindOf(name, value), out);
            if (value instanceof Map) {
                walk(ep, value, p, out);
            } else if (value instanceof List<?> l && !l.isEmpty()) {
                List<Object> first = new ArrayList<>(p);
                first.add(0);
                if (l.get(0) instanceof Map) {
                    walk(ep, l.get(0), first, out);
                } else {
                    addMemberCases(ep, first, kindOf(name, l.get(0)), out);
                }
            }
        }
    }

    private void addMemberCases(Endpoint ep, List<Object> path, Kind kind, List<CaseSpec> out) {
        String label = pathLabel(path);
        String member = lastName(path);
        for (Val v : memberValues(ep, member, kind)) {
            out.add(new CaseSpec(ep, "body", "body." + label + " := " + v.label(), null, (q, r) -> {
                if (kind == Kind.INSTANT && q.body instanceof Map<?, ?> m) {
                    // a window is tried on a top-level campaign, not cut short by its parent's window
                    m.remove("parentCode");
                }
                Object current = get(q.body, path);
                setAt(q.body, path, v.fn().value(current, q, r));
            }));
        }
    }

    static Kind kindOf(String name, Object value) {
        if (value instanceof Map) {
            return Kind.OBJECT;
        }
        if (value instanceof List) {
            return Kind.ARRAY;
        }
        if (value instanceof Boolean) {
            return Kind.BOOL;
        }
        if (value instanceof Number) {
            return Kind.NUMBER;
        }
        if (name.equals("code") || name.endsWith("Code") || name.equals("memberCodes")) {
            return Kind.CODE;
        }
        if (Set.of("level", "field", "action", "criterion", "roles").contains(name)) {
            return Kind.ENUM;
        }
        if (name.equals("opensAt") || name.equals("closesAt")) {
            return Kind.INSTANT;
        }
        if (Set.of("appliedFrom", "signedOn", "decisionDate").contains(name)) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    private List<Val> memberValues(Endpoint ep, String member, Kind kind) {
        List<Val> v = new ArrayList<>();
        v.add(Val.of("removed", REMOVE));
        v.add(Val.of("null", new Raw("null")));
        boolean textual = kind == Kind.TEXT || kind == Kind.CODE || kind == Kind.ENUM || kind == Kind.DATE
                || kind == Kind.INSTANT;
        if (kind != Kind.NUMBER) {
            v.add(Val.of("number 42", new Raw("42")));
        }
        if (!textual) {
            v.add(Val.of("string \"true\"", "true"));
        }
        if (kind != Kind.ARRAY) {
            v.add(Val.of("array [1,\"a\",null]", new Raw("[1,\"a\",null]")));
        }
        if (kind != Kind.OBJECT) {
            v.add(Val.of("object {\"a\":1}", new Raw("{\"a\":1}")));
        }
        if (kind != Kind.BOOL) {
            v.add(Val.of("bool true", new Raw("true")));
        }
        if (textual) {
            v.addAll(hostileStrings());
        }
        switch (kind) {
            case CODE -> {
                v.add(Val.of("unknown code", "NOPE-" + S));
                v.add(Val.of("code of the other province", otherProvinceCode(ep, member)));
                v.add(Val.of("code with '/'", "FZ/" + S));
                v.add(Val.of("code '%'", "%"));
                v.add(Val.of("code '..'", ".."));
                v.add(Val.of("unicode code", "ĐÀ-NẴNG-" + S));
                v.add(new Val("code in lower case", (c, q, r) -> c instanceof String t ? t.toLowerCase(Locale.ROOT) : "x"));
                v.add(new Val("code padded with spaces", (c, q, r) -> c instanceof String t ? "  " + t + "\t" : " "));
            }
            case ENUM -> {
                v.add(Val.of("unknown enum value", "NOT_A_VALUE"));
                v.add(new Val("enum in lower case", (c, q, r) -> c instanceof String t ? t.toLowerCase(Locale.ROOT) : "x"));
            }
            case DATE -> {
                for (String d : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "2101-01-01",
                        "2022-02-30", "2022-05-31T23:59:59+07:00")) {
                    v.add(Val.of("'" + d + "'", d));
                }
            }
            case INSTANT -> {
                for (String t : List.of("3022-05-31T23:59:59+07:00", "1022-05-31T23:59:59+07:00",
                        "+999999999-12-31T23:59:59Z", "+999999999-12-31T23:59:59+07:00", "-999999999-01-01T00:00:00Z",
                        "0000-01-01T00:00:00+07:00", "1899-12-31T23:59:59+07:00", "2101-01-01T00:00:00+07:00",
                        "2022-02-30T10:00:00+07:00", "2022-05-31T23:59:59", "2022-05-31T23:59:59+25:00",
                        "-999999999-01-01", "+999999999-12-31", "2101-01-01")) {
                    v.add(Val.of("'" + t + "'", t));
                }
            }
            case NUMBER -> {
                for (String n : List.of("-1", "0", "2147483648", "9223372036854775808", "1e308", "-1e308", "1e999999",
                        "0.000001", "12.345")) {
                    v.add(Val.of(n.equals("2147483648") ? "2^31" : n.equals("9223372036854775808") ? "2^63" : n, new Raw(n)));
                }
            }
            case ARRAY -> {
                for (int size : new int[] {0, 1, 21, 10_000}) {
                    v.add(new Val(String.format(Locale.ROOT, "%,d elements", size), (c, q, r) -> {
                        Object element = c instanceof List<?> l && !l.isEmpty() ? l.get(0) : "x";
                        return new ArrayList<>(Collections.nCopies(size, element));
                    }));
                }
                v.add(Val.of("arrays nested 10,000 deep", new Raw("[".repeat(10_000) + "]".repeat(10_000))));
            }
            case OBJECT -> v.add(Val.of("objects nested 10,000 deep",
                    new Raw("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))));
            default -> {
            }
        }
        return v;
    }

    /** A code of the other province for this member: its campaign, its province or its grassroots union. */
    private static String otherProvinceCode(Endpoint ep, String member) {
        if (member.equals("campaignCode") || (ep.name().contains("campaigns") && member.equals("parentCode"))) {
            return CQ;
        }
        if (member.equals("organizerCode") || (ep.name().contains("organizations") && member.equals("parentCode"))) {
            return Q;
        }
        return GQ;
    }

    static final String HANGUL_300;
    static final String EMOJI_300;

    static {
        StringBuilder h = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            h.append((char) ('가' + i));
        }
        HANGUL_300 = h.toString();
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            e.appendCodePoint(0x1F600 + i % 80);
        }
        EMOJI_300 = e.toString();
    }

    private static List<Val> hostileStrings() {
        return List.of(
                Val.of("empty string", ""),
                Val.of("whitespace", " \t\r\n "),
                Val.of("Unicode spaces", "\u00a0\u2003\u3000"),
                Val.of("1,000 chars", "ệ".repeat(1_000)),
                Val.of("20,000 chars", "ệ".repeat(20_000)),
                Val.of("300,000 chars", "a".repeat(300_000)),
                Val.of("300 Hangul syllables", HANGUL_300),
                Val.of("300 emoji", EMOJI_300),
                Val.of("combining marks", "Á" + "\u0301\u0323\u0309".repeat(100)),
                Val.of("right-to-left text", "\u202Eمرحبا بالعالم\u202C עברית \u200F"),
                Val.of("NUL", "Sáng\u0000kiến"),
                Val.of("control characters", "a\u0001\u0008\u000b\u000c\u001b[31m\u007f\u0085b"),
                Val.of("unpaired surrogate \\ud800", new Raw("\"Sáng kiến \\ud800 lẻ\"")),
                Val.of("unpaired low surrogate \\udc00", new Raw("\"\\udc00\"")),
                Val.of("SQL text", "Robert'); DROP TABLE organization; -- ' OR '1'='1"),
                Val.of("script text", "<script>alert(1)</script><img src=x onerror=alert(2)>"),
                Val.of("EL and template text", "#{7*7} ${7*7} {{7*7}} ${jndi:ldap://127.0.0.1/a}"),
                Val.of("format and path text", "%s%s%n%x %1$s ../../etc/passwd \\\\srv\\share"),
                Val.of("zero-width and BOM", "\u200b\u200d\ufeff\u2060"),
                Val.of("noncharacters", "\uffff\ufffe\udbff\udfff"));
    }

    // ---------------------------------------------------------------- whole bodies

    private List<CaseSpec> wholeBodyCases(Endpoint ep) {
        List<CaseSpec> cases = new ArrayList<>();
        Map<String, Mutator> m = new LinkedHashMap<>();
        m.put("malformed JSON (truncated)", (q, r) -> q.bodyBytes = utf8(cut(json(q.body), 5)));
        m.put("malformed JSON (single quotes)", (q, r) -> q.bodyBytes = utf8(json(q.body).replace('"', '\'')));
        m.put("top-level array", (q, r) -> q.bodyBytes = utf8("[" + json(q.body) + "]"));
        m.put("JSON null", (q, r) -> q.bodyBytes = utf8("null"));
        m.put("JSON string", (q, r) -> q.bodyBytes = utf8("\"Sáng kiến\""));
        m.put("empty body", (q, r) -> q.bodyBytes = new byte[0]);
        m.put("no body at all", (q, r) -> {
            q.body = NO_BODY;
            q.bodyBytes = null;
        });
        m.put("whitespace body", (q, r) -> q.bodyBytes = utf8(" \r\n\t "));
        m.put("empty object", (q, r) -> q.bodyBytes = utf8("{}"));
        m.put("body of exactly 1 MiB", (q, r) -> q.bodyBytes = padded(q.body, 1024 * 1024));
        m.put("body over 1 MiB", (q, r) -> q.bodyBytes = padded(q.body, 1024 * 1024 + 1));
        m.put("body of 3 MiB", (q, r) -> q.bodyBytes = padded(q.body, 3 * 1024 * 1024));
        m.put("arrays nested 100,000 deep", (q, r) -> q.bodyBytes = utf8("{\"x\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}"));
        m.put("objects nested 100,000 deep in the first member", (q, r) -> {
            String first = q.body instanceof Map<?, ?> mm && !mm.isEmpty() ? (String) mm.keySet().iterator().next() : "x";
            ((Map<String, Object>) q.body).put(first, new Raw("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)));
        });
        m.put("invalid UTF-8 bytes", (q, r) -> q.bodyBytes = invalidUtf8(json(q.body), new byte[] {(byte) 0xff, (byte) 0xfe}));
        m.put("UTF-8 encoded surrogate (CESU)", (q, r) -> q.bodyBytes = invalidUtf8(json(q.body),
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
        m.put("overlong UTF-8 NUL", (q, r) -> q.bodyBytes = invalidUtf8(json(q.body), new byte[] {(byte) 0xc0, (byte) 0x80}));
        m.put("raw control character in a string",
                (q, r) -> q.bodyBytes = utf8(insertInFirstString(json(q.body), "\u0001\u0000")));
        m.put("trailing garbage", (q, r) -> q.bodyBytes = utf8(json(q.body) + " xyz"));
        m.put("two objects", (q, r) -> q.bodyBytes = utf8(json(q.body) + json(q.body)));
        m.put("UTF-8 byte order mark", (q, r) -> q.bodyBytes = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                utf8(json(q.body))));
        m.put("UTF-16 body", (q, r) -> q.bodyBytes = json(q.body).getBytes(StandardCharsets.UTF_16));
        m.put("duplicate member", (q, r) -> {
            String j = json(q.body);
            if (q.body instanceof Map<?, ?> mm && !mm.isEmpty()) {
                String first = (String) mm.keySet().iterator().next();
                j = j.substring(0, j.length() - 1) + ",\"" + first + "\":\"Giá trị thứ hai\"}";
            }
            q.bodyBytes = utf8(j);
        });
        m.put("unknown members (isAdmin, id, version)", (q, r) -> {
            if (q.body instanceof Map<?, ?>) {
                Map<String, Object> b = (Map<String, Object>) q.body;
                b.put("isAdmin", true);
                b.put("id", 1);
                b.put("version", 999);
                b.put("status", "RECOGNIZED");
                b.put("registeredBy", "admin");
            }
        });
        m.put("numbers with exponent 1e999999999", (q, r) -> q.bodyBytes = utf8("{\"n\":1e999999999,\"m\":-1e-999999999}"));
        m.put("a 100,000-digit number", (q, r) -> q.bodyBytes = utf8("{\"n\":" + "9".repeat(100_000) + "}"));
        m.put("50,000 members", (q, r) -> {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < 50_000; i++) {
                b.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
            }
            q.bodyBytes = utf8(b.append('}').toString());
        });
        for (Map.Entry<String, Mutator> e : m.entrySet()) {
            cases.add(new CaseSpec(ep, "whole-body", e.getKey(), null, (q, r) -> {
                if (q.body == NO_BODY) {
                    // an endpoint without a body (close) gets one all the same
                    q.body = obj("code", "X", "reason", "Đóng sớm");
                    q.headers.putIfAbsent("Content-Type", "application/json");
                }
                e.getValue().apply(q, r);
            }));
        }
        return cases;
    }

    private static byte[] padded(Object body, int size) {
        Map<String, Object> b = new LinkedHashMap<>((Map<String, Object>) body);
        b.put("padding", "");
        int base = utf8(json(b)).length;
        b.put("padding", "x".repeat(Math.max(0, size - base)));
        return utf8(json(b));
    }

    private static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, s.length() - n) : "{";
    }

    private static String insertInFirstString(String j, String what) {
        int colon = j.indexOf(":\"");
        return colon < 0 ? j + what : j.substring(0, colon + 2) + what + j.substring(colon + 2);
    }

    private static byte[] invalidUtf8(String j, byte[] bad) {
        int colon = j.indexOf(":\"");
        byte[] before = utf8(colon < 0 ? j : j.substring(0, colon + 2));
        byte[] after = utf8(colon < 0 ? "" : j.substring(colon + 2));
        return concat(concat(before, bad), after);
    }

    // ---------------------------------------------------------------- query values

    private List<Val> queryValues(String param) {
        List<Val> v = new ArrayList<>();
        v.add(Val.of("%00", "%00"));
        v.add(Val.of("a%00b", "a%00b"));
        v.add(Val.of("%ff", "%ff"));
        v.add(Val.of("% (bare)", "%"));
        v.add(Val.of("%zz (bad escape)", "%zz"));
        v.add(Val.of("%01%1b%7f (control characters)", "%01%1b%7f"));
        v.add(Val.of("%0d%0a (CRLF)", "%0d%0aX-Injected:%201"));
        v.add(Val.of("%ed%a0%80 (encoded surrogate)", "%ed%a0%80"));
        v.add(Val.of("3,000 chars", "x".repeat(3_000)));
        v.add(Val.of("100,000 chars", "x".repeat(100_000)));
        v.add(Val.of("-1", "-1"));
        v.add(Val.of("2^31", "2147483648"));
        v.add(Val.of("2^63", "9223372036854775808"));
        v.add(Val.of("1e3", "1e3"));
        v.add(Val.of("12.345", "12.345"));
        v.add(Val.of("unknown enum value", "NOT_A_VALUE"));
        v.add(Val.of("SQL text", enc("' OR '1'='1' --")));
        v.add(Val.of("LIKE wildcards %_", enc("%_%")));
        v.add(Val.of("unicode (Hangul, emoji)", enc(HANGUL_300.substring(0, 20) + EMOJI_300.substring(0, 20))));
        v.add(Val.of("empty", ""));
        v.add(Val.of("without '='", null));
        v.add(Val.of("removed", REMOVE));
        v.add(new Val("given twice", (c, q, r) -> (c == null ? "" : c) + "&" + param + "=" + enc("thứ hai")));
        return v;
    }

    // ---------------------------------------------------------------- path values

    private List<Val> pathValues() {
        List<Val> v = new ArrayList<>();
        for (String p : List.of("abc", "1.5", "1e3", "-1", "0", "99999999999999999999", "9223372036854775808", "%00",
                "a%00b", "%2F", "a%2Fb", "%5C", "%25", "%", "%2e%2e", "..", ".", "%C4%90%C3%80", "%F0%9F%98%80", "%ff",
                "%ed%a0%80", ";x=1", "%20", "%E2%80%AE", "%0d%0aX-Injected:%201", "%u0041")) {
            v.add(Val.of("'" + p + "'", p));
        }
        v.add(Val.of("10,000 chars", "x".repeat(10_000)));
        v.add(Val.of("unknown code", "NOPE-" + S));
        v.add(new Val("the other province's", (c, q, r) -> {
            String name = q.endpoint.name();
            return name.contains("/organizations/") ? GQ : name.contains("/campaigns/") ? CQ : name.contains("/clusters/") ? KQ
                    : name.contains("/users/") ? U_VQ : Long.toString(otherProvinceInitiative);
        }));
        v.add(new Val("in lower case", (c, q, r) -> c == null ? "x" : ((String) c).toLowerCase(Locale.ROOT)));
        return v;
    }

    // ---------------------------------------------------------------- headers

    record HeaderVal(String name, String label, String value) {
    }

    private static List<HeaderVal> headerValues() {
        List<HeaderVal> v = new ArrayList<>();
        for (String[] al : new String[][] {{"unknown language", "xx-YY"}, {"q above 1", "*;q=2"},
                {"bad q values", "vi;q=abc, en;q="}, {"separators only", ";;;,,,"}, {"10,000 chars", "a-".repeat(5_000)},
                {"private-use tag", "zh-Hant-TW-x-private-0123456789"}, {"NUL (raw)", "vi\u0000en"},
                {"control character (raw)", "en\u0001\u001b"}, {"bytes above 0x7F (raw)", "vi\u00ff\u00fe"},
                {"empty", ""}}) {
            v.add(new HeaderVal("Accept-Language", al[0], al[1]));
        }
        for (String[] im : new String[][] {{"garbage", "\"abc\""}, {"weak tag", "W/\"1\""}, {"*", "*"}, {"negative", "\"-1\""},
                {"huge", "\"99999999999999999999\""}, {"empty", ""}, {"unquoted", "1"}, {"empty tag", "\"\""},
                {"list with garbage", "\"x\", , \"y\""}, {"10,000 chars", "\"" + "9".repeat(10_000) + "\""},
                {"NUL (raw)", "\"1\u0000\""}, {"control character (raw)", "\"\u0001\""},
                {"bytes above 0x7F (raw)", "\"\u00ff\""}, {"missing", null}}) {
            v.add(new HeaderVal("If-Match", im[0], im[1]));
        }
        for (String[] ct : new String[][] {{"missing", null}, {"text/plain", "text/plain"},
                {"application/xml", "application/xml"},
                {"form", "application/x-www-form-urlencoded"}, {"multipart", "multipart/form-data; boundary=xyz"},
                {"JSON in ISO-8859-1", "application/json; charset=ISO-8859-1"},
                {"JSON in UTF-16", "application/json; charset=UTF-16"}, {"unknown charset", "application/json; charset=nonsense"},
                {"malformed", "application/json;;;=;"}, {"*/*", "*/*"}, {"control character (raw)", "application/json\u0001"},
                {"10,000 chars", "application/json; x=" + "y".repeat(10_000)}}) {
            v.add(new HeaderVal("Content-Type", ct[0], ct[1]));
        }
        for (String[] ac : new String[][] {{"application/xml", "application/xml"}, {"text/html", "text/html"},
                {"image/png", "image/png"}, {"garbage", "garbage"}, {"JSON with q=0", "application/json;q=0"},
                {"bad q", "*/*;q=abc"}, {"control character (raw)", "application/json\u0001"}}) {
            v.add(new HeaderVal("Accept", ac[0], ac[1]));
        }
        return v;
    }

    // ---------------------------------------------------------------- credentials

    private static List<Val> credentialValues() {
        List<Val> v = new ArrayList<>();
        v.add(Val.of("none", REMOVE));
        v.add(Val.of("wrong password (decoy user)", basic(U_DECOY, "wrong-" + s)));
        v.add(Val.of("unknown user", basic("nobody." + s, PASSWORD)));
        v.add(Val.of("NUL at the end of the username", basic(U_DECOY + "\u0000", PASSWORD)));
        v.add(Val.of("NUL inside the username", basic("fz.de\u0000coy." + s, PASSWORD)));
        v.add(Val.of("NUL as the whole username", basic("\u0000", PASSWORD)));
        v.add(Val.of("NUL between two usernames", basic(U_DECOY + "\u0000" + U_FED, PASSWORD)));
        v.add(Val.of("NUL in the password", basic(U_DECOY, PASSWORD + "\u0000")));
        v.add(Val.of("control character in the username", basic(U_DECOY + "\u0001", PASSWORD)));
        v.add(Val.of("escape sequence and newline in the username", basic("\u001b[31m" + U_DECOY + "\nX", PASSWORD)));
        v.add(Val.of("control character in the password", basic(U_DECOY, "\u0007" + PASSWORD)));
        v.add(Val.of("non-UTF-8 bytes in the username", "Basic " + b64(concat(concat(utf8("fz.decoy"),
                new byte[] {(byte) 0xff, (byte) 0xfe}), utf8(":" + PASSWORD)))));
        v.add(Val.of("non-UTF-8 bytes in the password", "Basic " + b64(concat(utf8(U_DECOY + ":"),
                new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xed, (byte) 0xa0, (byte) 0x80}))));
        v.add(Val.of("missing colon", "Basic " + b64(utf8(U_DECOY + PASSWORD))));
        v.add(Val.of("empty username", basic("", PASSWORD)));
        v.add(Val.of("empty password", basic(U_DECOY, "")));
        v.add(Val.of("300 Hangul syllables as username", basic(HANGUL_300, PASSWORD)));
        v.add(Val.of("SQL text as username", basic("' OR '1'='1' --", PASSWORD)));
        v.add(Val.of("overlong value (600 chars)", basic(U_DECOY, "p".repeat(450))));
        v.add(Val.of("overlong value (20,000 chars)", basic(U_DECOY, "p".repeat(15_000))));
        v.add(Val.of("wrong scheme Bearer", "Bearer " + b64(utf8(U_DECOY + ":" + PASSWORD))));
        v.add(Val.of("wrong scheme Digest", "Digest username=\"" + U_DECOY + "\", realm=\"sangkien\", nonce=\"x\""));
        v.add(Val.of("'Basic' without credentials", "Basic"));
        v.add(Val.of("invalid base64", "Basic !!!***==="));
        v.add(Val.of("NUL in the header (raw)", "Basic \u0000" + b64(utf8(U_DECOY + ":" + PASSWORD))));
        v.add(Val.of("control character in the header (raw)", "Basic " + b64(utf8(U_DECOY + ":" + PASSWORD)) + "\u0001"));
        v.add(Val.of("bytes above 0x7F in the header (raw)", "Basic \u00ff\u00fe" + b64(utf8(U_DECOY + ":" + PASSWORD))));
        v.add(new Val("valid credentials, scheme in lower case", (c, q, r) -> c == null ? REMOVE
                : "basic " + ((String) c).substring(6)));
        return v;
    }

    // ==================================================================== sending

    record Outcome(int status, String contentType, byte[] body, String error, long millis, String transport) {
        String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }
    }

    static boolean validUri(String s) {
        if (s == null) {
            return true;
        }
        try {
            URI.create("http://h/" + s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean plainHeader(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private Outcome send(Req q) {
        String target = q.target();
        boolean raw = q.raw || q.headers.containsKey("Accept") || !validUri(target)
                || !q.headers.values().stream().allMatch(FuzzIT::plainHeader);
        long t0 = System.nanoTime();
        if (!raw) {
            Map<String, String> others = new LinkedHashMap<>(q.headers);
            String contentType = others.remove("Content-Type");
            try {
                Api.Response r = anon.sendBytes(q.method, target, q.bodyBytes, contentType, others);
                return new Outcome(r.status(), r.contentType(), r.bytes(), null, (System.nanoTime() - t0) / 1_000_000,
                        "HttpClient");
            } catch (IllegalArgumentException refusedByClient) {
                raw = true;
            } catch (UncheckedIOException e) {
                return new Outcome(-1, "", new byte[0], String.valueOf(e.getCause()), (System.nanoTime() - t0) / 1_000_000,
                        "HttpClient");
            }
        }
        try {
            RawHttp.Response r = RawHttp.send(host, port, rawRequest(q), 60_000);
            return new Outcome(r.status(), r.header("Content-Type").orElse(""), r.body(), null,
                    (System.nanoTime() - t0) / 1_000_000, "socket");
        } catch (IOException | RuntimeException e) {
            return new Outcome(-1, "", new byte[0], e.toString(), (System.nanoTime() - t0) / 1_000_000, "socket");
        }
    }

    /** The request as raw HTTP/1.1 (what the socket sends, and what a failure's file holds). */
    private byte[] rawRequest(Req q) {
        List<RawHttp.Header> h = new ArrayList<>();
        if (!q.headers.containsKey("Accept")) {
            h.add(new RawHttp.Header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1"));
        }
        q.headers.forEach((k, v) -> h.add(new RawHttp.Header(k, v)));
        return RawHttp.request(q.method, contextPath + q.target(), host + ":" + port, h, q.bodyBytes);
    }

    // ==================================================================== running one request

    Map<String, String> baseline;
    ExecutorService pool;
    PrintWriter log;
    int fingerprints;
    long fingerprintNanos;
    long requestNanos;
    final Map<String, Long> probeNanos = new java.util.concurrent.ConcurrentHashMap<>();
    int serverErrorCount;
    int dataChangeCount;
    /** Distinct findings: key → occurrences. */
    final Map<String, List<String>> serverErrors = new LinkedHashMap<>();
    final Map<String, Set<String>> serverErrorEndpoints = new HashMap<>();
    final Map<String, List<String>> dataChanges = new LinkedHashMap<>();
    final List<String> readsSinceFingerprint = new ArrayList<>();
    final Map<String, Set<String>> dataChangeEndpoints = new HashMap<>();
    /** 2xx answers without a JSON body: reported, not failed (the API answers JSON whenever it serves). */
    final Map<String, List<String>> oddAnswers = new LinkedHashMap<>();

    private void execute(Req q) {
        boolean write = q.method.equals("POST") || q.method.equals("PUT");
        Map<String, String> before = read(q.targets);
        long t0 = System.nanoTime();
        Outcome o = send(q);
        requestNanos += System.nanoTime() - t0;
        String finding = null;
        if (o.status() >= 500) {
            serverErrorCount++;
            String key = (q.spec.family().equals("credentials") ? "(any endpoint)" : q.endpoint.name()) + " | "
                    + q.spec.family() + ": " + q.spec.mutation() + " | " + o.status();
            serverErrorEndpoints.computeIfAbsent(key, x -> new LinkedHashSet<>()).add(q.endpoint.name());
            String shown = show(q, o);
            serverErrors.computeIfAbsent(key, x -> new ArrayList<>()).add(shown);
            System.out.println("FUZZ 5xx " + shown);
            dump(q);
            finding = "5xx";
        }
        if (o.status() >= 200 && o.status() < 300 && !(parse(o.body()) instanceof Map) && !(parse(o.body()) instanceof List)) {
            String key = q.spec.family() + ": " + q.spec.mutation() + " | " + o.status()
                    + (o.body().length == 0 ? " with an empty body" : " with a body that is not JSON");
            oddAnswers.computeIfAbsent(key, x -> new ArrayList<>()).add(q.method + " " + q.endpoint.name().split(" ")[1]);
            finding = "odd";
        }
        if (!write && !q.targets.isEmpty()) {
            // a read that names a resource to watch (the decoy of wrong credentials): compare it around the read
            List<String> changes = diff(before, read(q.targets));
            if (!changes.isEmpty()) {
                if (o.status() >= 400 || o.status() < 0) {
                    finding = dataChange(q, o, changes, finding);
                }
                baseline = fingerprint();
            }
        }
        if (write) {
            if (o.status() >= 200 && o.status() < 300) {
                noteCreated(q, o);
                baseline = fingerprint();
                if (maintain()) {
                    baseline = fingerprint();
                }
            } else {
                Map<String, String> now = fingerprint();
                Map<String, String> after = read(q.targets);
                List<String> changes = new ArrayList<>(diff(baseline, now));
                changes.addAll(diff(before, after));
                if (!changes.isEmpty()) {
                    finding = dataChange(q, o, changes, finding);
                    if (maintain()) {
                        now = fingerprint();
                    }
                }
                baseline = now;
            }
            readsSinceFingerprint.clear();
        } else {
            readsSinceFingerprint.add("#" + q.index + " " + q.method + " " + excerpt(q.target(), 80) + " -> " + o.status());
        }
        logRequest(q, o, finding);
    }

    private String dataChange(Req q, Outcome o, List<String> changes, String finding) {
        dataChangeCount++;
        String key = (q.spec.family().equals("credentials") ? "(any endpoint)" : q.endpoint.name()) + " | "
                + q.spec.family() + ": " + q.spec.mutation() + " | answered "
                + (o.status() < 0 ? "no status (" + o.error() + ")" : o.status());
        dataChangeEndpoints.computeIfAbsent(key, x -> new LinkedHashSet<>()).add(q.endpoint.name());
        String shown = show(q, o) + "\n      changed:\n        " + String.join("\n        ", changes);
        if (!readsSinceFingerprint.isEmpty()) {
            // reads are not fingerprinted: name them, should one of them have made the change
            shown += "\n      reads since the previous fingerprint: " + readsSinceFingerprint.subList(
                    Math.max(0, readsSinceFingerprint.size() - 8), readsSinceFingerprint.size());
        }
        dataChanges.computeIfAbsent(key, x -> new ArrayList<>()).add(shown);
        System.out.println("FUZZ DATA CHANGED BY A REFUSED " + (q.method.equals("GET") ? "READ " : "WRITE ") + shown);
        dump(q);
        return finding == null ? "data-change" : finding + "+data-change";
    }

    /** Remembers what an accepted POST created, for later templates. */
    private void noteCreated(Req q, Outcome o) {
        String name = q.endpoint.name();
        Object parsed = parse(o.body());
        if (name.contains("initiatives")) {
            noteInitiative(parsed);
        }
        if (parsed instanceof Map<?, ?> pact && pact.get("clusterCode") instanceof String cl
                && pact.get("campaignCode") instanceof String ca) {
            pacts.add(cl + " " + ca);
        }
        if (!(parsed instanceof Map<?, ?> m) || !(m.get("code") instanceof String code)) {
            return;
        }
        if (name.equals("POST /campaigns") && code.endsWith(S)) {
            createdCampaigns.add(code);
        } else if (name.equals("POST /clusters") && code.endsWith(S)) {
            createdClusters.add(code);
        }
    }

    /** Renews the victims that were used up (closed campaigns); true when it created anything. */
    private boolean maintain() {
        boolean changed = false;
        if (usedUp(cv)) {
            cv = newVictimCampaign("FZCV");
            changed = true;
        }
        if (usedUp(cx)) {
            cx = newVictimCampaign("FZCX");
            changed = true;
        }
        return changed;
    }

    private boolean usedUp(String campaign) {
        Map<String, Object> c = campaigns.get(campaign);
        return c == null || "CLOSED".equals(c.get("status"));
    }

    // ==================================================================== the fingerprint

    private record Probe(String key, String path, boolean totalOnly, boolean allPages) {
    }

    /**
     * What the fingerprint reads: the totals of everything the administrator sees (a refused write must
     * create nothing, anywhere), and this run's fixture with the versions of its entities: its
     * organizations (all named with the run's suffix), the campaigns, users and clusters of its
     * province (the lists' totals with them), its own initiatives, and the live summary of its open
     * campaign (registrations, recognitions, coverage, the pact's standings). A database kept from
     * earlier runs changes only the totals.
     */
    private List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        for (String list : List.of("organizations", "campaigns", "users", "clusters", "initiatives")) {
            p.add(new Probe(list + ".total", list + "?size=1", true, false));
        }
        p.add(new Probe("organizations?q=" + S, "organizations?q=" + S + "&size=200", false, true));
        p.add(new Probe("campaigns?organizer=" + P, "campaigns?organizer=" + P + "&size=200", false, true));
        p.add(new Probe("users?organization=" + P, "users?organization=" + P + "&size=200", false, true));
        p.add(new Probe("clusters?organizer=" + P, "clusters?organizer=" + P + "&size=200", false, true));
        p.add(new Probe("initiatives?campaign=" + CAS, "initiatives?campaign=" + CAS + "&size=200", false, true));
        p.add(new Probe("summary of " + CA, "campaigns/" + CA + "/summary", false, false));
        return p;
    }

    /** The fixture seen by the administrator: each probe's status, ETag and canonical body. */
    private Map<String, String> fingerprint() {
        fingerprints++;
        long t0 = System.nanoTime();
        try {
            return fingerprintNow();
        } finally {
            fingerprintNanos += System.nanoTime() - t0;
        }
    }

    private Map<String, String> fingerprintNow() {
        List<Probe> probes = probes();
        List<Future<Object[]>> futures = new ArrayList<>();
        for (Probe p : probes) {
            futures.add(pool.submit(() -> probe(p)));
        }
        Map<String, String> fp = new LinkedHashMap<>();
        Map<String, Object> parsed = new HashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            try {
                Object[] result = futures.get(i).get();
                fp.put(probes.get(i).key(), (String) result[0]);
                parsed.put(probes.get(i).key(), result[1]);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                fp.put(probes.get(i).key(), "failed: " + e.getCause());
            }
        }
        updateState(parsed);
        return fp;
    }

    private Object[] probe(Probe p) {
        long t0 = System.nanoTime();
        try {
            return probePages(p);
        } finally {
            probeNanos.merge(p.key(), System.nanoTime() - t0, Long::sum);
        }
    }

    private Object[] probePages(Probe p) {
        List<Object> items = new ArrayList<>();
        Object firstPage = null;
        String etag = "";
        int status = 0;
        for (int page = 0; ; page++) {
            Api.Response r = adminApi.get(p.path() + (page == 0 ? "" : "&page=" + page));
            status = r.status();
            if (status >= 500) {
                recordProbeFailure(p, r);
            }
            etag = r.header("ETag").orElse("");
            Object body = canonical(parse(r.bytes()));
            if (page == 0) {
                firstPage = body;
            }
            if (!p.allPages() || !(body instanceof Map<?, ?> m) || !(m.get("items") instanceof List<?> l)) {
                break;
            }
            items.addAll(l);
            long total = m.get("total") instanceof Raw t ? Long.parseLong(t.json()) : 0;
            if (items.size() >= total || l.isEmpty() || page > 50) {
                ((Map<String, Object>) firstPage).put("items", items);
                break;
            }
        }
        String value;
        if (p.totalOnly() && firstPage instanceof Map<?, ?> m) {
            value = status + " total=" + (m.get("total") instanceof Raw t ? t.json() : "?");
        } else {
            value = status + " " + etag + " " + json(firstPage);
        }
        return new Object[] {value, firstPage};
    }

    private synchronized void recordProbeFailure(Probe p, Api.Response r) {
        serverErrorCount++;
        String key = "GET " + p.path() + " (the fingerprint, as admin) | " + r.status();
        serverErrors.computeIfAbsent(key, x -> new ArrayList<>()).add("GET " + contextPath + "/api/v1/" + p.path()
                + " as ADMIN -> " + r.status() + " " + excerpt(r.text(), 400));
        System.out.println("FUZZ 5xx on a fingerprint GET " + p.path() + " -> " + r.status() + " " + excerpt(r.text(), 400));
    }

    /** Reads single resources (status, ETag, canonical body), for the checks around one write. */
    private Map<String, String> read(List<String> paths) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Response r = adminApi.get(path);
            Object body = canonical(parse(r.bytes()));
            if (path.startsWith("initiatives/") && !path.endsWith("/history")) {
                noteInitiative(body);
            }
            out.put(path, r.status() + " " + r.header("ETag").orElse("") + " " + json(body));
        }
        return out;
    }

    private void updateState(Map<String, Object> parsed) {
        orgs.clear();
        campaigns.clear();
        users.clear();
        for (Map.Entry<String, Object> e : parsed.entrySet()) {
            String key = e.getKey();
            if (!(e.getValue() instanceof Map<?, ?> page) || !(page.get("items") instanceof List<?> items)) {
                continue;
            }
            for (Object o : items) {
                if (!(o instanceof Map<?, ?> item)) {
                    continue;
                }
                Map<String, Object> it = (Map<String, Object>) item;
                if (key.startsWith("organizations?q=")) {
                    orgs.put(text(it.get("code")), it);
                } else if (key.startsWith("campaigns?organizer=")) {
                    campaigns.put(text(it.get("code")), it);
                } else if (key.startsWith("users?organization=")) {
                    users.put(text(it.get("username")), it);
                } else if (key.startsWith("initiatives")) {
                    noteInitiative(it);
                }
            }
        }
    }

    private void noteInitiative(Object o) {
        if (o instanceof Map<?, ?> m && m.get("id") instanceof Raw id && m.get("status") instanceof String
                && m.get("version") != null) {
            initiatives.put(Long.parseLong(id.json()), (Map<String, Object>) m);
        }
    }

    /** Drops what changes without a write: the moment a live summary was computed, scheduled snapshots. */
    private static Object canonical(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey().equals("computedAt")) {
                    continue;
                }
                out.put((String) e.getKey(), canonical(e.getValue()));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                if (o instanceof Map<?, ?> m && "SCHEDULED".equals(m.get("kind"))) {
                    continue;
                }
                out.add(canonical(o));
            }
            return out;
        }
        return v;
    }

    private static List<String> diff(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            String a = before.get(k);
            String b = after.get(k);
            if (a == null || b == null || !a.equals(b)) {
                out.add(k + ": " + around(a, b));
            }
        }
        return out;
    }

    /** The two values around their first difference. */
    private static String around(String a, String b) {
        if (a == null || b == null) {
            return "before " + excerpt(a, 200) + " / after " + excerpt(b, 200);
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "before …" + excerpt(a.substring(from), 240) + " / after …" + excerpt(b.substring(from), 240);
    }

    // ==================================================================== recording and the report

    private String show(Req q, Outcome o) {
        StringBuilder b = new StringBuilder();
        b.append('#').append(q.index).append(" [").append(q.describe()).append("]\n");
        b.append("      > ").append(q.method).append(' ').append(excerpt(contextPath + q.target(), 300))
                .append(" (").append(o.transport()).append(")\n");
        if (!q.headers.containsKey("Accept")) {
            b.append("      > Accept: application/json, application/problem+json;q=0.9, */*;q=0.1\n");
        }
        q.headers.forEach((k, v) -> b.append("      > ").append(k).append(": ").append(excerpt(v, 160)).append('\n'));
        if (q.bodyBytes != null) {
            b.append("      > body (").append(q.bodyBytes.length).append(" bytes): ")
                    .append(excerpt(new String(q.bodyBytes, StandardCharsets.UTF_8), 300)).append('\n');
        }
        b.append("      < ").append(o.status() < 0 ? "no answer: " + o.error() : o.status() + " " + o.contentType())
                .append(' ').append(excerpt(o.text(), 600));
        return b.toString();
    }

    private void logRequest(Req q, Outcome o, String finding) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("i", q.index);
        line.put("endpoint", q.endpoint.name());
        line.put("family", q.spec.family());
        line.put("mutation", q.spec.mutation());
        line.put("as", q.actorLabel);
        line.put("method", q.method);
        line.put("target", excerpt(contextPath + q.target(), 2_000));
        Map<String, Object> headers = new LinkedHashMap<>();
        q.headers.forEach((k, v) -> headers.put(k, excerpt(v, 2_000)));
        line.put("headers", headers);
        line.put("transport", o.transport());
        if (q.bodyBytes != null) {
            line.put("bodyBytes", q.bodyBytes.length);
            line.put("bodySha256", sha256(q.bodyBytes));
            line.put("body", excerpt(new String(q.bodyBytes, StandardCharsets.UTF_8), 2_000));
        }
        line.put("status", o.status());
        line.put("ms", o.millis());
        if (o.error() != null) {
            line.put("error", o.error());
        }
        line.put("response", excerpt(o.text(), 500));
        if (finding != null) {
            line.put("finding", finding);
        }
        log.println(json(line));
    }

    /** The whole request as raw HTTP, replayable with {@code nc 127.0.0.1 PORT < file}. */
    private void dump(Req q) {
        try {
            Files.write(runDir.resolve("failures").resolve(String.format("%05d.http", q.index)), rawRequest(q));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String report(String summary) {
        StringBuilder b = new StringBuilder(summary).append('\n');
        b.append(String.format("%n%d distinct server errors (5xx):%n", serverErrors.size()));
        int n = 0;
        for (Map.Entry<String, List<String>> e : serverErrors.entrySet()) {
            Set<String> eps = serverErrorEndpoints.getOrDefault(e.getKey(), Set.of());
            b.append(String.format("%n%3d. %s — %d× %s%n    e.g. %s%n", ++n, e.getKey(), e.getValue().size(),
                    eps.size() > 1 ? "on " + eps : "", e.getValue().get(0)));
        }
        b.append(String.format("%n%d distinct data changes by refused requests:%n", dataChanges.size()));
        n = 0;
        for (Map.Entry<String, List<String>> e : dataChanges.entrySet()) {
            Set<String> eps = dataChangeEndpoints.getOrDefault(e.getKey(), Set.of());
            b.append(String.format("%n%3d. %s — %d× %s%n    e.g. %s%n", ++n, e.getKey(), e.getValue().size(),
                    eps.size() > 1 ? "on " + eps : "", e.getValue().get(0)));
        }
        if (!oddAnswers.isEmpty()) {
            b.append(String.format("%n%d distinct odd answers (2xx without a JSON body; reported, not failed):%n",
                    oddAnswers.size()));
            n = 0;
            for (Map.Entry<String, List<String>> e : oddAnswers.entrySet()) {
                b.append(String.format("%3d. %s — %d× on %s%n", ++n, e.getKey(), e.getValue().size(),
                        new LinkedHashSet<>(e.getValue())));
            }
        }
        b.append(String.format("%nReproduce: -Dsangkien.fuzz.seed=%d -Dsangkien.fuzz.only=<request numbers>; every request is"
                + " in %s/requests.jsonl, every failing one as raw HTTP in %s/failures/%n", SEED, runDir.toAbsolutePath(),
                runDir.toAbsolutePath()));
        return b.toString();
    }

    // ==================================================================== JSON, small helpers

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    static JsonValue jsonValue(Object tree) {
        try (JsonReader reader = Json.createReader(new StringReader(json(tree)))) {
            return reader.readValue();
        }
    }

    /** JSON text of a tree of maps, lists, strings, numbers, booleans, {@link Raw}; REMOVE members are left out. */
    static String json(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Raw raw) {
            b.append(raw.json());
        } else if (v instanceof String str) {
            quote(b, str);
        } else if (v instanceof Boolean || v instanceof Number) {
            b.append(v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() == REMOVE) {
                    continue;
                }
                if (!first) {
                    b.append(',');
                }
                first = false;
                quote(b, (String) e.getKey());
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, l.get(i));
            }
            b.append(']');
        } else {
            quote(b, v.toString());
        }
    }

    /** A JSON string: control characters and unpaired surrogates as \\u escapes, everything else as it is. */
    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    /** A response body as a tree (numbers as {@link Raw}), or its text when it is not JSON. */
    static Object parse(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return tree(reader.readValue());
        } catch (RuntimeException notJson) {
            return text;
        }
    }

    private static Object tree(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> m.put(k, tree(x)));
                return m;
            }
            case ARRAY -> {
                List<Object> l = new ArrayList<>();
                ((JsonArray) v).forEach(x -> l.add(tree(x)));
                return l;
            }
            case STRING -> {
                return ((JsonString) v).getString();
            }
            case NUMBER -> {
                return new Raw(((JsonNumber) v).toString());
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    static String text(Object v) {
        if (v instanceof Raw r) {
            return r.json();
        }
        return v == null ? null : v.toString();
    }

    private static Object get(Object root, List<Object> path) {
        Object cur = root;
        for (Object k : path) {
            if (cur instanceof Map<?, ?> m) {
                cur = m.get(k);
            } else if (cur instanceof List<?> l && k instanceof Integer i && i < l.size()) {
                cur = l.get(i);
            } else {
                return null;
            }
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    private static void setAt(Object root, List<Object> path, Object value) {
        Object cur = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object k = path.get(i);
            Object next = null;
            if (cur instanceof Map<?, ?> m) {
                next = m.get(k);
                if (!(next instanceof Map) && !(next instanceof List)) {
                    next = path.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
                    ((Map<String, Object>) cur).put((String) k, next);
                }
            } else if (cur instanceof List<?> l) {
                int idx = (Integer) k;
                while (l.size() <= idx) {
                    ((List<Object>) l).add(new LinkedHashMap<>());
                }
                next = l.get(idx);
            }
            cur = next;
        }
        Object last = path.get(path.size() - 1);
        if (cur instanceof Map<?, ?> m) {
            if (value == REMOVE) {
                m.remove(last);
            } else {
                ((Map<String, Object>) m).put((String) last, value);
            }
        } else if (cur instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            int idx = (Integer) last;
            if (value == REMOVE) {
                if (idx < list.size()) {
                    list.remove(idx);
                }
            } else {
                while (list.size() <= idx) {
                    list.add(null);
                }
                list.set(idx, value);
            }
        }
    }

    private static String pathLabel(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object k : path) {
            if (k instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(k);
            }
        }
        return b.toString();
    }

    private static String lastName(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String n) {
                return n;
            }
        }
        return "";
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    static String basic(String user, String password) {
        return "Basic " + b64(utf8(user + ":" + password));
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String enc(String s) {
        return Api.enc(s);
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At most {@code max} chars, control characters made visible. */
    static String excerpt(String s, int max) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= max && s.length() > max) {
            b.append("…(").append(s.length()).append(" chars)");
        }
        return b.toString();
    }

    private static Set<Integer> parseOnly(String spec) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (String part : spec.split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.parseInt(part.strip()));
            }
        }
        return out;
    }
}
