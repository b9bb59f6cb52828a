package vn.sangkien.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Clusters, blocks and pacts, and the campaign and cluster summaries (docs/api.md: Campaigns, Clusters
 * and pacts: counting, coverage, leader, closing a window) against the built WAR.
 *
 * <p>The test data is built through the API as the admin, with this run's suffix on every code (the
 * database may be shared). Every expected figure is counted by hand from the table of registered
 * initiatives below, never read back from the API.
 *
 * <pre>
 * Province P ─┬─ D1 (district) ── G11, G12, G13           Province Q ── GQ1
 *             ├─ D2 (district) ── G21, G22
 *             ├─ D3 (district) ── G31           (no cluster member)
 *             └─ G01, G02, G03, G05 (grassroots under the province), G04 (no cluster member)
 *
 * Campaigns (organizer P, all OPEN): C (programme, target 24) ⊃ CS (sub-campaign); X (another one).
 * Cluster K  (organizer P, head G01): D1, D2, G01, G02, G03, G05; pact on C: target 16,
 *            member targets D1 4, D2 3, G01 1, G03 2, G05 1 (G02 none).
 *   block KB1: D2, G01 (no pact of its own: target = 3 + 1 = 4)
 *   block KB2: D1, G03 (own pact on C: target 8, member targets D1 4, G03 2)
 *   block KB3: G02, G05 (no pact; G02 has no target, so no block target)
 * Cluster K2 (organizer P): D3; pact on X only.        Cluster KQ (organizer Q): GQ1.
 *
 *  #  campaign unit status        #  campaign unit status        #  campaign unit status
 *  1  C        G11  SUBMITTED     8  C        G22  DRAFT        15  C        G04  DRAFT
 *  2  C        G11  RECOGNIZED    9  C        G01  RECOGNIZED   16  X        G11  SUBMITTED
 *  3  CS       G12  VERIFIED     10  CS       G01  SUBMITTED    17  X        G02  RECOGNIZED
 *  4  C        G12  DRAFT        11  C        G02  WITHDRAWN    18  X        G22  SUBMITTED
 *  5  CS       G13  WITHDRAWN    12  CS       G03  SUBMITTED    19  C        G05  VERIFIED
 *  6  C        G21  REJECTED     13  C        G31  SUBMITTED
 *  7  CS       G21  RETURNED     14  CS       G04  RECOGNIZED
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSummaryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Cs-" + s + "-Pass2026";

    static final String P = "P-" + S, D1 = "D1-" + S, D2 = "D2-" + S, D3 = "D3-" + S;
    static final String G11 = "G11-" + S, G12 = "G12-" + S, G13 = "G13-" + S, G21 = "G21-" + S, G22 = "G22-" + S,
            G31 = "G31-" + S;
    static final String G01 = "G01-" + S, G02 = "G02-" + S, G03 = "G03-" + S, G04 = "G04-" + S, G05 = "G05-" + S;
    static final String Q = "Q-" + S, GQ1 = "GQ1-" + S;
    static final String C = "C-" + S, CS = "CS-" + S, X = "X-" + S, CQ = "CQ-" + S;
    static final String K = "K-" + S, KB1 = "KB1-" + S, KB2 = "KB2-" + S, KB3 = "KB3-" + S, K2 = "K2-" + S,
            KQ = "KQ-" + S;
    static final String K_NAME = "Cụm thi đua các LĐLĐ huyện và CĐCS trực thuộc " + S;
    static final String FED_P = "fedp." + s;
    /** The national council: the admin verifies, and may not recognise what it verified. */
    static final String COUNCIL = "council." + s;

    /** Initiative ids by the number of the table above. */
    static final Map<Integer, String> IDS = new LinkedHashMap<>();

    private static final Once FIXTURE = new Once();

    Api admin;

    Api api() {
        return Api.at(base);
    }

    // ==================================================================== fixture

    void fx() {
        admin = api().as("admin", Deployments.adminPassword());
        FIXTURE.make(() -> {
            Fixtures.organization(admin, P, "Liên đoàn Lao động tỉnh Thi Đua " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, D1, "LĐLĐ huyện Đông Anh " + S, "DISTRICT", P).expect(201);
            Fixtures.organization(admin, D2, "LĐLĐ huyện Gia Lâm " + S, "DISTRICT", P).expect(201);
            Fixtures.organization(admin, D3, "Công đoàn Khu công nghiệp Quế Võ " + S, "DISTRICT", P).expect(201);
            Fixtures.organization(admin, G11, "CĐCS Công ty Dệt may Hà Nội " + S, "GRASSROOTS", D1).expect(201);
            Fixtures.organization(admin, G12, "CĐCS Trường THPT Đông Anh " + S, "GRASSROOTS", D1).expect(201);
            Fixtures.organization(admin, G13, "CĐCS Bệnh viện Đông Anh " + S, "GRASSROOTS", D1).expect(201);
            Fixtures.organization(admin, G21, "CĐCS Công ty Gốm Bát Tràng " + S, "GRASSROOTS", D2).expect(201);
            Fixtures.organization(admin, G22, "CĐCS Chợ Gia Lâm " + S, "GRASSROOTS", D2).expect(201);
            Fixtures.organization(admin, G31, "CĐCS Công ty Điện tử Quế Võ " + S, "GRASSROOTS", D3).expect(201);
            Fixtures.organization(admin, G01, "CĐCS Cơ quan LĐLĐ tỉnh " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, G02, "CĐCS Sở Y tế " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, G03, "CĐCS Sở Giáo dục và Đào tạo " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, G04, "CĐCS Sở Tài chính " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, G05, "CĐCS Điện lực tỉnh " + S, "GRASSROOTS", P).expect(201);
            Fixtures.organization(admin, Q, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, GQ1, "CĐCS Cảng biển " + S, "GRASSROOTS", Q).expect(201);

            Fixtures.user(admin, Fixtures.userBody(FED_P, PASSWORD, P, "FEDERATION_OFFICER")
                    .add("fullName", "Trần Văn Liên")).expect(201);
            Fixtures.user(admin, Fixtures.userBody(COUNCIL, PASSWORD, "TLD", "REVIEWER")
                    .add("fullName", "Hội đồng sáng kiến")).expect(201);

            campaign(C, P, null, instantIn(-86_400), instantIn(30 * 86_400), 24);
            campaign(CS, P, C, instantIn(-3_600), instantIn(20 * 86_400), null);
            campaign(X, P, null, instantIn(-86_400), instantIn(30 * 86_400), 10);
            campaign(CQ, Q, null, instantIn(-86_400), instantIn(30 * 86_400), 10);

            // the cluster: members listed out of order (G05 before G03), answered sorted
            Response k = admin.post("clusters", obj("code", K, "name", K_NAME, "organizerCode", P,
                    "headUnitCode", G01, "memberCodes", arr(G05, D2, G01, D1, G03, G02)).build()).expect(201);
            assertEquals(K, k.string("code"), k.toString());
            assertEquals(K_NAME, k.string("name"), k.toString());
            assertEquals(P, k.string("organizerCode"), k.toString());
            assertEquals(G01, k.string("headUnitCode"), k.toString());
            assertTrue(absent(k.json(), "parentCode"), k.toString());
            assertEquals(List.of(D1, D2, G01, G02, G03, G05), strings(k.json().getJsonArray("memberCodes")), k.toString());
            assertTrue(k.header("Location").orElse("").endsWith("/api/v1/clusters/" + K), k.toString());

            Response b1 = admin.post("clusters", obj("code", KB1, "name", "Khối 1 " + S, "organizerCode", P,
                    "parentCode", K, "headUnitCode", G01, "memberCodes", arr(G01, D2)).build()).expect(201);
            assertEquals(K, b1.string("parentCode"), b1.toString());
            assertEquals(List.of(D2, G01), strings(b1.json().getJsonArray("memberCodes")), b1.toString());
            Response b2 = admin.post("clusters", obj("code", KB2, "name", "Khối 2 " + S, "organizerCode", P,
                    "parentCode", K, "memberCodes", arr(D1, G03)).build()).expect(201);
            assertEquals(P, b2.string("organizerCode"), b2.toString());
            admin.post("clusters", obj("code", KB3, "name", "Khối 3 " + S, "organizerCode", P, "parentCode", K,
                    "headUnitCode", G05, "memberCodes", arr(G02, G05)).build()).expect(201);
            admin.post("clusters", obj("code", K2, "name", "Cụm khu công nghiệp " + S, "organizerCode", P,
                    "memberCodes", arr(D3)).build()).expect(201);
            admin.post("clusters", obj("code", KQ, "name", "Cụm tỉnh khác " + S, "organizerCode", Q,
                    "memberCodes", arr(GQ1)).build()).expect(201);

            Response pact = admin.post("clusters/" + K + "/pacts", obj("campaignCode", C, "signedOn", "2025-01-15",
                    "targetInitiatives", 16, "targetCoveragePercent", 80,
                    "memberTargets", arr(target(D1, 4), target(D2, 3), target(G01, 1), target(G03, 2), target(G05, 1)),
                    "criteria", arr(obj("criterion", "TARGET_REACHED", "weight", 40),
                            obj("criterion", "COVERAGE", "weight", 30),
                            obj("criterion", "RECOGNIZED_SHARE", "weight", 20),
                            obj("criterion", "MANUAL_POINTS", "weight", 10))).build()).expect(201);
            JsonObject pv = pact.json();
            assertEquals(C, pv.getString("campaignCode"), pact.toString());
            assertEquals("2025-01-15", pv.getString("signedOn"), pact.toString());
            assertEquals(16, pv.getInt("targetInitiatives"), pact.toString());
            assertEquals(5, pv.getJsonArray("memberTargets").size(), pact.toString());
            assertEquals(4, pv.getJsonArray("criteria").size(), pact.toString());
            Map<String, Integer> targets = pv.getJsonArray("memberTargets").stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(t -> t.getString("unitCode"), t -> t.getInt("targetInitiatives")));
            assertEquals(Map.of(D1, 4, D2, 3, G01, 1, G03, 2, G05, 1), targets, pact.toString());

            admin.post("clusters/" + KB2 + "/pacts", obj("campaignCode", C, "signedOn", "2025-01-20",
                    "targetInitiatives", 8, "memberTargets", arr(target(D1, 4), target(G03, 2))).build()).expect(201);
            admin.post("clusters/" + K2 + "/pacts", obj("campaignCode", X, "signedOn", "2025-01-15",
                    "targetInitiatives", 5).build()).expect(201);
            admin.post("clusters/" + KQ + "/pacts", obj("campaignCode", CQ, "signedOn", "2025-01-15",
                    "targetInitiatives", 5).build()).expect(201);

            reg(1, C, G11, "SUBMITTED");
            reg(2, C, G11, "RECOGNIZED");
            reg(3, CS, G12, "VERIFIED");
            reg(4, C, G12, "DRAFT");
            reg(5, CS, G13, "WITHDRAWN");
            reg(6, C, G21, "REJECTED");
            reg(7, CS, G21, "RETURNED");
            reg(8, C, G22, "DRAFT");
            reg(9, C, G01, "RECOGNIZED");
            reg(10, CS, G01, "SUBMITTED");
            reg(11, C, G02, "WITHDRAWN");
            reg(12, CS, G03, "SUBMITTED");
            reg(13, C, G31, "SUBMITTED");
            reg(14, CS, G04, "RECOGNIZED");
            reg(15, C, G04, "DRAFT");
            reg(16, X, G11, "SUBMITTED");
            reg(17, X, G02, "RECOGNIZED");
            reg(18, X, G22, "SUBMITTED");
            reg(19, C, G05, "VERIFIED");
        });
    }

    void campaign(String code, String organizer, String parent, String opensAt, String closesAt, Integer target) {
        JsonObjectBuilder body = Fixtures.campaignBody(code, organizer, parent, opensAt, closesAt)
                .add("name", "Phong trào thi đua " + code);
        if (target != null) {
            body.add("targetInitiatives", target);
        }
        Fixtures.campaign(admin, body).expect(201);
    }

    static JsonObjectBuilder target(String unit, int target) {
        return obj("unitCode", unit, "targetInitiatives", target);
    }

    static JsonObjectBuilder initiative(String campaign, String unit, String title, boolean submit) {
        return obj("campaignCode", campaign, "unitCode", unit, "title", title, "field", "PRODUCTION",
                "summary", "Cải tiến dây chuyền, giảm 15% thời gian.", "estimatedValueVnd", 12_000_000L,
                "submit", submit, "authors", arr(obj("fullName", "Nguyễn Thị Thu Hà")));
    }

    /** Registers initiative {@code n} as the admin and takes it to {@code status}. */
    void reg(int n, String campaign, String unit, String status) {
        boolean draft = status.equals("DRAFT");
        JsonObject created = admin.post("initiatives",
                initiative(campaign, unit, "Sáng kiến số " + n + " — " + S, !draft).build()).expect(201).json();
        String id = text(created.get("id"));
        IDS.put(n, id);
        assertEquals(draft ? "DRAFT" : "SUBMITTED", created.getString("status"), created.toString());
        switch (status) {
            case "DRAFT", "SUBMITTED" -> { }
            case "VERIFIED" -> act(id, "VERIFY", null);
            case "RECOGNIZED" -> {
                act(id, "VERIFY", null);
                act(id, "RECOGNIZE", "Hội đồng công nhận");
            }
            case "REJECTED" -> act(id, "REJECT", "Trùng với sáng kiến đã có");
            case "RETURNED" -> act(id, "RETURN", "Bổ sung số liệu hiệu quả");
            case "WITHDRAWN" -> act(id, "WITHDRAW", "Tác giả rút");
            default -> fail(status);
        }
        Response r = admin.get("initiatives/" + id).expect(200);
        assertEquals(status, r.string("status"), r.toString());
    }

    Response act(String id, String action, String comment) {
        Api actor = action.equals("RECOGNIZE") ? api().as(COUNCIL, PASSWORD) : admin;
        return actor.post("initiatives/" + id + "/transitions", obj("action", action, "comment", comment,
                "decisionNumber", action.equals("RECOGNIZE") ? "QĐ-" + id + "/2025" : null).build()).expect(200);
    }

    // ==================================================================== expected figures

    /** The figures of a campaign, cluster, block or member summary. */
    record Fig(Integer target, long registered, long recognized, String percentOfTarget, long grassroots,
               long covered, String coveragePercent) {
    }

    /** A member's line: its figures, its own target and whether it reached it, its rank. */
    record Mem(String code, long registered, long recognized, long grassroots, long covered, String coveragePercent,
               Integer target, boolean reached, int rank) {
    }

    // Per grassroots unit, C and CS together (registered = all but DRAFT and WITHDRAWN):
    //   G11: #1, #2 -> 2 registered, 1 recognized      G12: #3 (#4 is a draft) -> 1, 0     G13: #5 withdrawn -> 0
    //   G21: #6, #7 -> 2, 0                            G22: #8 draft -> 0                  G31: #13 -> 1, 0
    //   G01: #9, #10 -> 2, 1                           G02: #11 withdrawn -> 0             G03: #12 -> 1, 0
    //   G04: #14 (#15 is a draft) -> 1, 1              G05: #19 -> 1, 0                    (#16-#18 are X's)
    // Members of K: D1 = G11+G12+G13: 3 registered, 1 recognized, 3 grassroots, 2 covered (2/3 = 66.7 %)
    //               D2 = G21+G22: 2, 0, 2 grassroots, 1 covered (50.0 %)
    //               G01: 2, 1, 1, 1 (100.0 %)   G02: 0, 0, 1, 0 (0.0 %)   G03: 1, 0, 1, 1   G05: 1, 0, 1, 1
    // Ranks: D1 (3); G01 and D2 (2 each: coverage 100.0 before 50.0 although "D2" < "G01");
    //        G03 and G05 (1 each, 100.0 both: code decides); G02 (0).
    static final Mem K_D1 = new Mem(D1, 3, 1, 3, 2, "66.7", 4, false, 1);
    static final Mem K_G01 = new Mem(G01, 2, 1, 1, 1, "100.0", 1, true, 2);
    static final Mem K_D2 = new Mem(D2, 2, 0, 2, 1, "50.0", 3, false, 3);
    static final Mem K_G03 = new Mem(G03, 1, 0, 1, 1, "100.0", 2, false, 4);
    static final Mem K_G05 = new Mem(G05, 1, 0, 1, 1, "100.0", 1, true, 5);
    static final Mem K_G02 = new Mem(G02, 0, 0, 1, 0, "0.0", null, true, 6);
    // K: 3+2+2+0+1+1 = 9 registered of 16 = 56.25 -> 56.3 (half up); recognized 1+1 = 2;
    //    grassroots 3+2+1+1+1+1 = 9, covered 2+1+1+0+1+1 = 6 -> 66.7; leader: D1 missed 4, so G01.
    static final Fig K_FIG = new Fig(16, 9, 2, "56.3", 9, 6, "66.7");
    // KB1 (D2, G01; no pact of its own): target 3 + 1 = 4; 4 registered -> 100.0; 1 recognized; 3 grassroots,
    //    2 covered -> 66.7; G01 before D2 on coverage; leader G01.
    static final Fig KB1_FIG = new Fig(4, 4, 1, "100.0", 3, 2, "66.7");
    // KB2 (D1, G03; own pact 8): 4 registered -> 50.0; 1 recognized; 4 grassroots, 3 covered -> 75.0;
    //    D1 3 < 4 and G03 1 < 2: no leader.
    static final Fig KB2_FIG = new Fig(8, 4, 1, "50.0", 4, 3, "75.0");
    // KB3 (G02, G05; no pact, G02 without a target): no target; 1 registered; 2 grassroots, 1 covered -> 50.0;
    //    G05 first and reached 1 of 1: leader G05.
    static final Fig KB3_FIG = new Fig(null, 1, 0, null, 2, 1, "50.0");
    // Campaign C over P: 11 grassroots (G11 G12 G13 G21 G22 G31 G01 G02 G03 G04 G05);
    //    registered 2+1+2+1+2+1+1+1 = 11 of 24 = 45.83 -> 45.8; recognized #2 #9 #14 = 3;
    //    covered G11 G12 G21 G31 G01 G03 G04 G05 = 8 of 11 = 72.73 -> 72.7.
    static final Fig C_FIG = new Fig(24, 11, 3, "45.8", 11, 8, "72.7");

    void assertK(JsonObject k, String campaign) {
        assertCluster(k, K, campaign, K_FIG, G01, List.of(K_D1, K_G01, K_D2, K_G03, K_G05, K_G02));
        assertEquals(K_NAME, k.getString("clusterName", null), "clusterName: " + k);
        JsonArray blocks = k.getJsonArray("blocks");
        assertNotNull(blocks, "blocks: " + k);
        assertEquals(Set.of(KB1, KB2, KB3), blocks.stream().map(b -> b.asJsonObject().getString("clusterCode"))
                .collect(Collectors.toSet()), "blocks of K: " + k);
        assertCluster(find(blocks, "clusterCode", KB1), KB1, campaign, KB1_FIG, G01, List.of(
                new Mem(G01, 2, 1, 1, 1, "100.0", 1, true, 1),
                new Mem(D2, 2, 0, 2, 1, "50.0", 3, false, 2)));
        assertCluster(find(blocks, "clusterCode", KB2), KB2, campaign, KB2_FIG, null, List.of(
                new Mem(D1, 3, 1, 3, 2, "66.7", 4, false, 1),
                new Mem(G03, 1, 0, 1, 1, "100.0", 2, false, 2)));
        assertCluster(find(blocks, "clusterCode", KB3), KB3, campaign, KB3_FIG, G05, List.of(
                new Mem(G05, 1, 0, 1, 1, "100.0", 1, true, 1),
                new Mem(G02, 0, 0, 1, 0, "0.0", null, true, 2)));
        for (JsonValue b : blocks) {
            JsonArray nested = b.asJsonObject().getJsonArray("blocks");
            assertTrue(nested == null || nested.isEmpty(), "blocks have no blocks: " + b);
        }
    }

    void assertC(JsonObject c, String status) {
        String ctx = "campaign summary " + c;
        assertEquals(C, c.getString("campaignCode", null), ctx);
        assertEquals(status, c.getString("status", null), ctx);
        assertFigures(c, C_FIG, ctx);
        JsonArray clusters = c.getJsonArray("clusters");
        assertNotNull(clusters, ctx);
        // only the top-level clusters with a pact on C: K (KB2's own pact nests it under K; K2's pact is on X)
        assertEquals(List.of(K), clusters.stream().map(x -> x.asJsonObject().getString("clusterCode")).toList(), ctx);
        assertK(clusters.getJsonObject(0), C);
    }

    static void assertCluster(JsonObject o, String code, String campaign, Fig f, String leader, List<Mem> members) {
        String ctx = "summary of " + code + ": " + o;
        assertEquals(code, o.getString("clusterCode", null), ctx);
        assertEquals(campaign, o.getString("campaignCode", null), ctx);
        assertFigures(o, f, ctx);
        assertEquals(leader, string(o, "leaderUnitCode"), "leaderUnitCode of " + ctx);
        JsonArray ms = o.getJsonArray("members");
        assertNotNull(ms, ctx);
        assertEquals(members.size(), ms.size(), "members of " + ctx);
        for (Mem m : members) {
            JsonObject j = find(ms, "unitCode", m.code());
            String mctx = "member " + m.code() + " of " + ctx;
            assertEquals(m.registered(), num(j, "registered"), "registered of " + mctx);
            assertEquals(m.recognized(), num(j, "recognized"), "recognized of " + mctx);
            assertEquals(m.grassroots(), num(j, "grassrootsUnits"), "grassrootsUnits of " + mctx);
            assertEquals(m.covered(), num(j, "coveredUnits"), "coveredUnits of " + mctx);
            assertPercent(m.coveragePercent(), j, "coveragePercent", mctx);
            assertEquals(m.target() == null ? null : m.target().longValue(), num(j, "targetInitiatives"),
                    "targetInitiatives of " + mctx);
            assertTrue(j.containsKey("targetReached"), "targetReached of " + mctx);
            assertEquals(m.reached(), j.getBoolean("targetReached"), "targetReached of " + mctx);
            assertEquals((long) m.rank(), num(j, "rank"), "rank of " + mctx);
        }
    }

    static void assertFigures(JsonObject o, Fig f, String ctx) {
        assertEquals(f.target() == null ? null : f.target().longValue(), num(o, "targetInitiatives"),
                "targetInitiatives of " + ctx);
        assertEquals(f.registered(), num(o, "registered"), "registered of " + ctx);
        assertEquals(f.recognized(), num(o, "recognized"), "recognized of " + ctx);
        assertPercent(f.percentOfTarget(), o, "percentOfTarget", ctx);
        assertEquals(f.grassroots(), num(o, "grassrootsUnits"), "grassrootsUnits of " + ctx);
        assertEquals(f.covered(), num(o, "coveredUnits"), "coveredUnits of " + ctx);
        assertPercent(f.coveragePercent(), o, "coveragePercent", ctx);
    }

    // ==================================================================== JSON helpers

    static boolean absent(JsonObject o, String member) {
        return !o.containsKey(member) || o.get(member).getValueType() == JsonValue.ValueType.NULL;
    }

    static String string(JsonObject o, String member) {
        return absent(o, member) ? null : text(o.get(member));
    }

    static Long num(JsonObject o, String member) {
        if (absent(o, member)) {
            return null;
        }
        assertEquals(JsonValue.ValueType.NUMBER, o.get(member).getValueType(), member + " is a number: " + o);
        return o.getJsonNumber(member).longValueExact();
    }

    static void assertPercent(String expected, JsonObject o, String member, String ctx) {
        if (expected == null) {
            assertTrue(absent(o, member), member + " should be null/absent in " + ctx);
            return;
        }
        assertFalse(absent(o, member), member + " should be " + expected + " in " + ctx);
        assertEquals(JsonValue.ValueType.NUMBER, o.get(member).getValueType(), member + " is a number: " + ctx);
        BigDecimal actual = o.getJsonNumber(member).bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(actual),
                member + " expected " + expected + " but was " + actual + " in " + ctx);
    }

    static JsonObject find(JsonArray a, String member, String value) {
        for (JsonValue v : a) {
            JsonObject o = v.asJsonObject();
            if (value.equals(string(o, member))) {
                return o;
            }
        }
        fail("no " + member + "=" + value + " in " + a);
        return null;
    }

    static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(text(v)));
        return out;
    }

    static List<JsonObject> finals(List<JsonObject> items) {
        return items.stream().filter(i -> "FINAL".equals(i.getString("kind", null))).toList();
    }

    // ==================================================================== tests

    @Test
    @Order(1)
    void summaries_count_by_hand() {
        fx();
        Response k = admin.get("clusters/" + K + "/summary" + query("campaign", C)).expect(200);
        assertK(k.json(), C);

        Response c = admin.get("campaigns/" + C + "/summary").expect(200);
        assertC(c.json(), "OPEN");
        assertFalse(absent(c.json(), "computedAt"), "computedAt: " + c);

        // the same cluster in another campaign (X: #16 G11, #17 G02 recognized, #18 G22), without a pact:
        // D1 1 of 3 grassroots covered (33.3), D2 1 of 2 (50.0), G02 1 of 1 (100.0), the others 0;
        // no targets at all, so everyone "reached" and the first ranked with registrations leads: G02.
        Response kx = admin.get("clusters/" + K + "/summary" + query("campaign", X)).expect(200);
        assertCluster(kx.json(), K, X, new Fig(null, 3, 1, null, 9, 3, "33.3"), G02, List.of(
                new Mem(G02, 1, 1, 1, 1, "100.0", null, true, 1),
                new Mem(D2, 1, 0, 2, 1, "50.0", null, true, 2),
                new Mem(D1, 1, 0, 3, 1, "33.3", null, true, 3),
                new Mem(G01, 0, 0, 1, 0, "0.0", null, true, 4),
                new Mem(G03, 0, 0, 1, 0, "0.0", null, true, 5),
                new Mem(G05, 0, 0, 1, 0, "0.0", null, true, 6)));

        // the sub-campaign alone (#3 #5 #7 #10 #12 #14): registered #3 #7 #10 #12 #14 = 5, recognized #14 = 1,
        // covered G12 G21 G01 G03 G04 = 5 of 11 = 45.5; no target; no pact on CS, so no clusters
        Response cs = admin.get("campaigns/" + CS + "/summary").expect(200);
        assertFigures(cs.json(), new Fig(null, 5, 1, null, 11, 5, "45.5"), "summary of CS " + cs);
        assertEquals(0, cs.json().getJsonArray("clusters").size(), cs.toString());

        // X: K2 (pact on X) is listed, D3's G31 registered nothing in X
        Response x = admin.get("campaigns/" + X + "/summary").expect(200);
        assertFigures(x.json(), new Fig(10, 3, 1, "30.0", 11, 3, "27.3"), "summary of X " + x);
        assertEquals(List.of(K2), x.json().getJsonArray("clusters").stream()
                .map(v -> v.asJsonObject().getString("clusterCode")).toList(), x.toString());
        assertCluster(x.json().getJsonArray("clusters").getJsonObject(0), K2, X, new Fig(5, 0, 0, "0.0", 1, 0, "0.0"),
                null, List.of(new Mem(D3, 0, 0, 1, 0, "0.0", null, true, 1)));

        // no snapshot yet: the campaign is open and the default schedule is daily
        Response snaps = admin.get("campaigns/" + C + "/summaries").expect(200);
        assertEquals(0, finals(snaps.items()).size(), snaps.toString());
    }

    @Test
    @Order(2)
    void a_blocks_summary_on_its_own_equals_its_nested_one() {
        fx();
        Response b2 = admin.get("clusters/" + KB2 + "/summary" + query("campaign", C)).expect(200);
        assertCluster(b2.json(), KB2, C, KB2_FIG, null, List.of(
                new Mem(D1, 3, 1, 3, 2, "66.7", 4, false, 1),
                new Mem(G03, 1, 0, 1, 1, "100.0", 2, false, 2)));
        // KB1 has no pact of its own: its members' targets are those of K's pact, its target their sum
        Response b1 = admin.get("clusters/" + KB1 + "/summary" + query("campaign", C)).expect(200);
        assertCluster(b1.json(), KB1, C, KB1_FIG, G01, List.of(
                new Mem(G01, 2, 1, 1, 1, "100.0", 1, true, 1),
                new Mem(D2, 2, 0, 2, 1, "50.0", 3, false, 2)));
        Response b3 = admin.get("clusters/" + KB3 + "/summary" + query("campaign", C)).expect(200);
        assertCluster(b3.json(), KB3, C, KB3_FIG, G05, List.of(
                new Mem(G05, 1, 0, 1, 1, "100.0", 1, true, 1),
                new Mem(G02, 0, 0, 1, 0, "0.0", null, true, 2)));
    }

    /**
     * A dissolved (inactive) grassroots union leaves the count of grassroots unions and the
     * coverage, while its initiatives still count as registered; reactivated, it is back.
     */
    @Test
    @Order(2)
    void an_inactive_grassroots_union_leaves_coverage_but_its_initiatives_count() {
        fx();
        Response g22 = admin.get("organizations/" + G22).expect(200);
        admin.put("organizations/" + G22, with(g22.json(), "active", false), g22.etag()).expect(200);
        try {
            // X without G22: 10 grassroots, covered G11 G02 = 2 (20.0); #18 of G22 still registered
            Response x = admin.get("campaigns/" + X + "/summary").expect(200);
            assertFigures(x.json(), new Fig(10, 3, 1, "30.0", 10, 2, "20.0"), "summary of X without G22 " + x);
            // in K: D2 keeps #18 but has one active grassroots union left (G21), not covered
            Response kx = admin.get("clusters/" + K + "/summary" + query("campaign", X)).expect(200);
            assertCluster(kx.json(), K, X, new Fig(null, 3, 1, null, 8, 2, "25.0"), G02, List.of(
                    new Mem(G02, 1, 1, 1, 1, "100.0", null, true, 1),
                    new Mem(D1, 1, 0, 3, 1, "33.3", null, true, 2),
                    new Mem(D2, 1, 0, 1, 0, "0.0", null, true, 3),
                    new Mem(G01, 0, 0, 1, 0, "0.0", null, true, 4),
                    new Mem(G03, 0, 0, 1, 0, "0.0", null, true, 5),
                    new Mem(G05, 0, 0, 1, 0, "0.0", null, true, 6)));
        } finally {
            Response back = admin.get("organizations/" + G22).expect(200);
            admin.put("organizations/" + G22, with(back.json(), "active", true), back.etag()).expect(200);
        }
        Response x = admin.get("campaigns/" + X + "/summary").expect(200);
        assertFigures(x.json(), new Fig(10, 3, 1, "30.0", 11, 3, "27.3"), "summary of X with G22 again " + x);
    }

    @Test
    @Order(3)
    void clusters_and_pacts_read_back() {
        fx();
        Response k = admin.get("clusters/" + K).expect(200);
        assertEquals(List.of(D1, D2, G01, G02, G03, G05), strings(k.json().getJsonArray("memberCodes")), k.toString());
        assertEquals(G01, k.string("headUnitCode"), k.toString());
        Response list = admin.get("clusters" + query("organizer", P, "size", "200")).expect(200);
        assertEquals(Set.of(K, KB1, KB2, KB3, K2), list.items().stream().map(o -> o.getString("code"))
                .collect(Collectors.toSet()), list.toString());
        Response pacts = admin.get("clusters/" + K + "/pacts").expect(200);
        assertEquals(1, pacts.items().size(), pacts.toString());
        assertEquals(C, pacts.items().get(0).getString("campaignCode"), pacts.toString());
        assertEquals(16, pacts.items().get(0).getInt("targetInitiatives"), pacts.toString());
    }

    @Test
    @Order(4)
    void cluster_and_pact_validation() {
        fx();
        // a grassroots inside a district member: nested (either may be named)
        admin.post("clusters", obj("code", "V1-" + S, "name", "Cụm lồng nhau", "organizerCode", P,
                "memberCodes", arr(D1, G11)).build()).expectInvalidAny("memberCodes[0]", "memberCodes[1]");
        // a province is not a member
        admin.post("clusters", obj("code", "V2-" + S, "name", "Cụm sai cấp", "organizerCode", P,
                "memberCodes", arr(D1, P)).build()).expectInvalid("memberCodes[1]");
        // outside the organizer's subtree
        admin.post("clusters", obj("code", "V3-" + S, "name", "Cụm ngoài tỉnh", "organizerCode", P,
                "memberCodes", arr(D1, GQ1)).build()).expectInvalid("memberCodes[1]");
        // unknown
        admin.post("clusters", obj("code", "V4-" + S, "name", "Cụm không rõ", "organizerCode", P,
                "memberCodes", arr("NO-SUCH-" + S, D1)).build()).expectInvalid("memberCodes[0]");
        // none
        admin.post("clusters", obj("code", "V5-" + S, "name", "Cụm rỗng", "organizerCode", P,
                "memberCodes", arr()).build()).expectInvalid("memberCodes");
        // a block draws its members from its cluster's: G04 is not K's
        admin.post("clusters", obj("code", "V6-" + S, "name", "Khối sai", "organizerCode", P, "parentCode", K,
                "memberCodes", arr(G01, G04)).build()).expectInvalid("memberCodes[1]");
        // the head must be a member
        admin.post("clusters", obj("code", "V7-" + S, "name", "Cụm trưởng sai", "organizerCode", P,
                "headUnitCode", G04, "memberCodes", arr(D1, G01)).build()).expectInvalid("headUnitCode");
        // every bad field at once
        admin.post("clusters", obj("code", "V8-" + S, "memberCodes", arr(G01)).build())
                .expectInvalid("name", "organizerCode");
        admin.post("clusters", obj("code", "V9-" + S, "name", "Khối mồ côi", "organizerCode", P,
                "parentCode", "NO-SUCH-" + S, "memberCodes", arr(G01)).build()).expectInvalid("parentCode");
        admin.post("clusters", obj("code", "V10-" + S, "name", "Cụm", "organizerCode", "NO-SUCH-" + S,
                "memberCodes", arr(G01)).build()).expectInvalid("organizerCode");
        // duplicate code
        admin.post("clusters", obj("code", K, "name", "Cụm trùng mã", "organizerCode", P,
                "memberCodes", arr(G04)).build()).expect(409);
        assertEquals(404, admin.get("clusters/V1-" + S).status(), "nothing was created by the refused requests");

        // pacts
        admin.post("clusters/" + K + "/pacts", obj().build())
                .expectInvalid("campaignCode", "signedOn", "targetInitiatives");
        admin.post("clusters/" + K2 + "/pacts", obj("campaignCode", C, "signedOn", "2025-02-30",
                "targetInitiatives", -1, "targetCoveragePercent", 120,
                "memberTargets", arr(target(G04, 1), target(D3, -2)),
                "criteria", arr(obj("criterion", "LUCK", "weight", 10), obj("criterion", "COVERAGE", "weight", 0)))
                .build()).expectInvalid("signedOn", "targetInitiatives", "targetCoveragePercent",
                        "memberTargets[0].unitCode", "memberTargets[1].targetInitiatives",
                        "criteria[0].criterion", "criteria[1].weight");
        admin.post("clusters/" + K2 + "/pacts", obj("campaignCode", "NO-SUCH-" + S, "signedOn", "2025-02-01",
                "targetInitiatives", 3).build()).expectInvalid("campaignCode");
        admin.post("clusters/" + K2 + "/pacts", obj("campaignCode", C, "signedOn", "2025-02-01",
                "targetInitiatives", "ba").build()).expectInvalid("targetInitiatives");
        assertEquals(List.of(X), admin.get("clusters/" + K2 + "/pacts").expect(200).items().stream()
                .map(o -> o.getString("campaignCode")).toList(), "no pact stored by the refused requests");
        // one pact per cluster and campaign
        admin.post("clusters/" + K + "/pacts", obj("campaignCode", C, "signedOn", "2025-03-01",
                "targetInitiatives", 20).build()).expect(409);
        admin.post("clusters/NO-SUCH-" + S + "/pacts", obj("campaignCode", C, "signedOn", "2025-03-01",
                "targetInitiatives", 20).build()).expect(404);

        // summaries
        admin.get("clusters/NO-SUCH-" + S).expect(404);
        admin.get("clusters/NO-SUCH-" + S + "/summary" + query("campaign", C)).expect(404);
        admin.get("clusters/" + K + "/summary").expectInvalid("campaign");
        admin.get("clusters/" + K + "/summary" + query("campaign", "NO-SUCH-" + S)).expectInvalid("campaign");
        admin.get("campaigns/NO-SUCH-" + S + "/summary").expect(404);
        admin.get("campaigns/NO-SUCH-" + S + "/summaries").expect(404);
    }

    @Test
    @Order(5)
    void another_provinces_cluster_does_not_exist_for_a_federation_officer() {
        fx();
        Api fed = api().as(FED_P, PASSWORD);
        fed.get("clusters/" + K).expect(200);
        fed.get("clusters/" + K + "/summary" + query("campaign", C)).expect(200);
        fed.get("clusters/" + KQ).expect(404);
        fed.get("clusters/" + KQ + "/pacts").expect(404);
        fed.get("clusters/" + KQ + "/summary" + query("campaign", CQ)).expect(404);
        fed.post("clusters/" + KQ + "/pacts", obj("campaignCode", C, "signedOn", "2025-03-01",
                "targetInitiatives", 1).build()).expect(404);
        Response mine = fed.get("clusters" + query("size", "200")).expect(200);
        assertEquals(Set.of(K, KB1, KB2, KB3, K2), mine.items().stream().map(o -> o.getString("code"))
                .collect(Collectors.toSet()), mine.toString());
        fed.get("clusters" + query("organizer", Q)).expectInvalid("organizer");
        // codes of another province in a body: 400 naming the field
        fed.post("clusters", obj("code", "VF1-" + S, "name", "Cụm vượt quyền", "organizerCode", Q,
                "memberCodes", arr(GQ1)).build()).expectInvalidAny("organizerCode", "memberCodes[0]");
        fed.post("clusters", obj("code", "VF2-" + S, "name", "Cụm vượt quyền", "organizerCode", P,
                "memberCodes", arr(G01, GQ1)).build()).expectInvalid("memberCodes[1]");
        fed.post("clusters", obj("code", "VF3-" + S, "name", "Khối vượt quyền", "organizerCode", P,
                "parentCode", KQ, "memberCodes", arr(G01)).build()).expectInvalid("parentCode");
        fed.post("clusters/" + K2 + "/pacts", obj("campaignCode", CQ, "signedOn", "2025-03-01",
                "targetInitiatives", 1).build()).expectInvalid("campaignCode");
        // and a federation officer of P manages P's clusters
        fed.post("clusters", obj("code", "KF-" + S, "name", "Cụm do LĐLĐ tỉnh lập " + S, "organizerCode", P,
                "memberCodes", arr(G04)).build()).expect(201);
    }

    /**
     * The evaluation under K's pact and the evaluators' manual points (POST clusters/{code}/scores, an
     * extension of docs/api.md): each member's score is its criteria weighted by the pact (40/30/20/10),
     * the manual points are the mean of the evaluators' latest entries, and a refused entry changes
     * nothing.
     */
    @Test
    @Order(5)
    void manual_points_enter_the_evaluation_as_the_evaluators_mean() {
        fx();
        String evaluation = "clusters/" + K + "/evaluation" + query("campaign", C);
        JsonObject before = admin.get(evaluation).expect(200).json();
        assertEquals(K, before.getString("clusterCode"), before.toString());
        assertEquals(C, before.getString("campaignCode"), before.toString());
        assertEquals(List.of(D1, D2, G01, G02, G03, G05), before.getJsonArray("members").stream()
                .map(m -> m.asJsonObject().getString("unitCode")).sorted().toList(), before.toString());
        assertEquals(new BigDecimal("0.0"), criterion(before, G01, "MANUAL_POINTS"), "nobody has given points yet");
        assertScoresWeighted(before);

        String scores = "clusters/" + K + "/scores";
        admin.post(scores, obj("campaignCode", C, "unitCode", G01, "points", 80, "note", "Chủ động, sáng tạo").build())
                .expect(200);
        Api fed = api().as(FED_P, PASSWORD);
        JsonObject two = fed.post(scores, obj("campaignCode", C, "unitCode", G01, "points", 60).build())
                .expect(200).json();
        assertEquals(new BigDecimal("70.0"), criterion(two, G01, "MANUAL_POINTS"), "the mean of 80 and 60: " + two);
        // an evaluator's later entry replaces their earlier one
        JsonObject replaced = admin.post(scores, obj("campaignCode", C, "unitCode", G01, "points", 90.5).build())
                .expect(200).json();
        assertEquals(new BigDecimal("75.3"), criterion(replaced, G01, "MANUAL_POINTS"), "(90.5 + 60) / 2: " + replaced);
        assertScoresWeighted(replaced);
        assertTrue(score(replaced, G01).compareTo(score(before, G01)) > 0, "the points raise G01's score: " + replaced);
        assertEquals(criterion(before, D1, "MANUAL_POINTS"), criterion(replaced, D1, "MANUAL_POINTS"));

        // refused entries: each bad field named, nothing stored
        admin.post(scores, obj("campaignCode", C, "unitCode", G04, "points", -1, "note", "x".repeat(1001)).build())
                .expectInvalid("unitCode", "points", "note");
        admin.post(scores, obj("campaignCode", C, "unitCode", G01, "points", 100.01).build()).expectInvalid("points");
        admin.post(scores, obj("campaignCode", C, "unitCode", G01, "points", 12.345).build()).expectInvalid("points");
        admin.post(scores, obj("campaignCode", C, "unitCode", G01, "points", "tám mươi").build())
                .expectInvalid("points");
        admin.post(scores, obj("campaignCode", C, "unitCode", G01).build()).expectInvalid("points");
        admin.post(scores, obj("campaignCode", X, "unitCode", G01, "points", 50).build()).expectInvalid("campaign");
        admin.post("clusters/NO-SUCH-" + S + "/scores", obj("campaignCode", C, "unitCode", G01, "points", 50).build())
                .expect(404);
        fed.post("clusters/" + KQ + "/scores", obj("campaignCode", CQ, "unitCode", GQ1, "points", 50).build())
                .expect(404);
        String member = "member.score." + s;
        Fixtures.user(admin, Fixtures.userBody(member, PASSWORD, G01, "MEMBER").add("fullName", "Lê Thị Thành Viên"))
                .expect(201);
        api().as(member, PASSWORD).post(scores, obj("campaignCode", C, "unitCode", G01, "points", 100).build())
                .expect(403);
        assertEquals(replaced, admin.get(evaluation).expect(200).json(), "the refused entries changed nothing");
    }

    /** Every member's score is its criteria weighted by K's pact, and the ranks follow the scores. */
    static void assertScoresWeighted(JsonObject evaluation) {
        Map<String, Integer> weights = Map.of("TARGET_REACHED", 40, "COVERAGE", 30, "RECOGNIZED_SHARE", 20,
                "MANUAL_POINTS", 10);
        BigDecimal previous = null;
        int rank = 0;
        for (JsonValue v : evaluation.getJsonArray("members")) {
            JsonObject m = v.asJsonObject();
            BigDecimal weighted = BigDecimal.ZERO;
            for (var w : weights.entrySet()) {
                weighted = weighted.add(m.getJsonObject("values").getJsonNumber(w.getKey()).bigDecimalValue()
                        .multiply(BigDecimal.valueOf(w.getValue())));
            }
            BigDecimal score = m.getJsonNumber("score").bigDecimalValue();
            assertEquals(weighted.divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP), score,
                    m.toString());
            assertEquals(++rank, m.getInt("rank"), evaluation.toString());
            assertTrue(previous == null || previous.compareTo(score) >= 0, "ranked by score: " + evaluation);
            previous = score;
        }
    }

    static BigDecimal criterion(JsonObject evaluation, String unit, String criterion) {
        return find(evaluation.getJsonArray("members"), "unitCode", unit).getJsonObject("values")
                .getJsonNumber(criterion).bigDecimalValue();
    }

    static BigDecimal score(JsonObject evaluation, String unit) {
        return find(evaluation.getJsonArray("members"), "unitCode", unit).getJsonNumber("score").bigDecimalValue();
    }

    @Test
    @Order(6)
    void closing_early_freezes_the_summaries() {
        fx();
        Response closed = admin.post("campaigns/" + C + "/close", "", null).expect(200);
        assertEquals("CLOSED", closed.string("status"), closed.toString());
        assertEquals("CLOSED", admin.get("campaigns/" + C).expect(200).string("status"));
        admin.post("campaigns/" + C + "/close", "", null).expect(409);

        Response snaps = admin.get("campaigns/" + C + "/summaries").expect(200);
        List<JsonObject> finals = finals(snaps.items());
        assertEquals(1, finals.size(), "exactly one FINAL: " + snaps);
        JsonObject fin = finals.get(0);
        assertFalse(absent(fin, "generatedAt"), snaps.toString());
        assertC(fin, "CLOSED");

        // registration stops
        admin.post("initiatives", initiative(C, G03, "Đăng ký sau khi đóng " + S, true).build()).expect(409);
        admin.post("initiatives", initiative(C, G03, "Bản nháp sau khi đóng " + S, false).build()).expect(409);

        // later transitions (one in C, one in its still open sub-campaign) do not change the frozen standings
        act(IDS.get(19), "RECOGNIZE", "Công nhận sau khi đóng đợt");
        act(IDS.get(3), "RECOGNIZE", "Công nhận sau khi đóng đợt");
        assertEquals("RECOGNIZED", admin.get("initiatives/" + IDS.get(19)).expect(200).string("status"));
        assertEquals("RECOGNIZED", admin.get("initiatives/" + IDS.get(3)).expect(200).string("status"));
        // ... while the live figures of the sub-campaign did move (recognized #14, and now #3)
        Response cs = admin.get("campaigns/" + CS + "/summary").expect(200);
        assertEquals(2L, num(cs.json(), "recognized"), cs.toString());

        assertC(admin.get("campaigns/" + C + "/summary").expect(200).json(), "CLOSED");
        assertK(admin.get("clusters/" + K + "/summary" + query("campaign", C)).expect(200).json(), C);
        Response b2 = admin.get("clusters/" + KB2 + "/summary" + query("campaign", C)).expect(200);
        assertFigures(b2.json(), KB2_FIG, "frozen KB2 " + b2);

        Response again = admin.get("campaigns/" + C + "/summaries").expect(200);
        assertEquals(1, finals(again.items()).size(), "still exactly one FINAL: " + again);
        assertEquals(fin.getString("generatedAt"), finals(again.items()).get(0).getString("generatedAt"));
    }

    @Test
    @Order(7)
    void windows_open_and_close_on_time() throws InterruptedException {
        fx();
        String ct = "CT-" + S, co = "CO-" + S;
        String closesAtText = instantIn(15);
        Fixtures.campaign(admin, Fixtures.campaignBody(ct, P, null, instantIn(-60), closesAtText)
                .add("name", "Đợt cao điểm đóng đúng giờ " + S).add("targetInitiatives", 2)).expect(201);
        String opensAtText = instantIn(10);
        Fixtures.campaign(admin, Fixtures.campaignBody(co, P, null, opensAtText, instantIn(3_600))
                .add("name", "Đợt cao điểm mở đúng giờ " + S)).expect(201);
        Instant closesAt = OffsetDateTime.parse(closesAtText).toInstant();
        Instant opensAt = OffsetDateTime.parse(opensAtText).toInstant();

        admin.post("clusters/" + K + "/pacts", obj("campaignCode", ct, "signedOn", "2025-04-01",
                "targetInitiatives", 2, "memberTargets", arr(target(G01, 1))).build()).expect(201);
        admin.post("initiatives", initiative(ct, G01, "Sáng kiến trước giờ đóng " + S, true).build()).expect(201);
        admin.post("initiatives", initiative(ct, G31, "Sáng kiến ngoài cụm " + S, true).build()).expect(201);

        assertEquals("PLANNED", admin.get("campaigns/" + co).expect(200).string("status"));
        admin.post("initiatives", initiative(co, G01, "Đăng ký trước giờ mở " + S, true).build()).expect(409);

        // opens within 5 s of opensAt
        Instant openDeadline = opensAt.plusSeconds(5);
        String status = null;
        while (Instant.now().isBefore(openDeadline)) {
            status = admin.get("campaigns/" + co).expect(200).string("status");
            if ("OPEN".equals(status)) {
                break;
            }
            assertEquals("PLANNED", status);
            Thread.sleep(250);
        }
        assertEquals("OPEN", status, "OPEN within 5 s of opensAt " + opensAt + " (now " + Instant.now() + ")");
        assertFalse(Instant.now().isBefore(opensAt.minusSeconds(1)), "not OPEN before opensAt " + opensAt);
        admin.post("initiatives", initiative(co, G01, "Đăng ký sau giờ mở " + S, true).build()).expect(201);

        // closes within 5 s of closesAt, with exactly one FINAL
        Instant closeDeadline = closesAt.plusSeconds(5);
        Response snaps = null;
        String ctStatus = null;
        boolean done = false;
        while (Instant.now().isBefore(closeDeadline)) {
            ctStatus = admin.get("campaigns/" + ct).expect(200).string("status");
            snaps = admin.get("campaigns/" + ct + "/summaries").expect(200);
            if ("CLOSED".equals(ctStatus) && !finals(snaps.items()).isEmpty()) {
                done = true;
                break;
            }
            assertTrue(finals(snaps.items()).isEmpty() || "CLOSED".equals(ctStatus), "no FINAL before the close");
            Thread.sleep(250);
        }
        assertTrue(done, "CLOSED with a FINAL within 5 s of closesAt " + closesAt + " (now " + Instant.now()
                + "): status " + ctStatus + ", " + snaps);
        assertEquals(1, finals(snaps.items()).size(), snaps.toString());
        admin.post("initiatives", initiative(ct, G01, "Đăng ký sau giờ đóng " + S, true).build()).expect(409);

        // the FINAL: 2 registered of 2 (G01, G31), 2 of 11 grassroots covered = 18.2; K: G01's 1, leader G01
        JsonObject fin = finals(snaps.items()).get(0);
        assertEquals("CLOSED", fin.getString("status", null), fin.toString());
        assertFigures(fin, new Fig(2, 2, 0, "100.0", 11, 2, "18.2"), "FINAL of " + ct + " " + fin);
        JsonArray clusters = fin.getJsonArray("clusters");
        assertEquals(List.of(K), clusters.stream().map(v -> v.asJsonObject().getString("clusterCode")).toList(),
                fin.toString());
        JsonObject k = clusters.getJsonObject(0);
        assertFigures(k, new Fig(2, 1, 0, "50.0", 9, 1, "11.1"), "K in FINAL " + k);
        assertEquals(G01, string(k, "leaderUnitCode"), k.toString());

        Thread.sleep(2_500);
        Response later = admin.get("campaigns/" + ct + "/summaries").expect(200);
        assertEquals(1, finals(later.items()).size(), "still exactly one FINAL: " + later);
        assertFigures(admin.get("campaigns/" + ct + "/summary").expect(200).json(),
                new Fig(2, 2, 0, "100.0", 11, 2, "18.2"), "frozen summary of " + ct);
    }
}
