package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.PayaraProcess;

/**
 * The demo data of {@code SANGKIEN_DEMO=true}, loaded by the built WAR on its own Payara Micro
 * child process (HTTP 47301, Hazelcast 47300, cluster sangkien-demo): on a fresh H2 folder, or,
 * when SANGKIEN_DB_URL names a PostgreSQL database, on a database of its own beside it
 * ({@code <db>_demo}, dropped afterwards) so that the other tests' data stays apart. Checks the
 * content over the API and in SQL (the SQL while Payara is stopped: the embedded H2 is one
 * process's), then starts again on the same data and expects nothing loaded twice.
 */
class DemoIT {

    private static final int HTTP_PORT = 47301;
    private static final int CLUSTER_PORT = 47300;
    private static final String PASSWORD = "Demo@2026";
    private static final List<String> TABLES = List.of("organization", "app_user", "app_user_role", "campaign",
            "initiative", "initiative_author", "initiative_transition", "emulation_cluster", "cluster_member", "pact",
            "pact_member_target", "system_setting");
    private static final Map<String, Long> STATUS_COUNTS = Map.of("DRAFT", 105L, "SUBMITTED", 130L, "VERIFIED", 115L,
            "RECOGNIZED", 170L, "REJECTED", 105L, "RETURNED", 105L, "WITHDRAWN", 100L);
    private static final Map<String, String> USERS = Map.of(
            "kg.federation", "FEDERATION_OFFICER", "kh.federation", "FEDERATION_OFFICER",
            "kg.unit", "UNIT_OFFICER", "kh.unit", "UNIT_OFFICER",
            "kg.reviewer", "REVIEWER", "kh.reviewer", "REVIEWER",
            "kg.member", "MEMBER", "kh.member", "MEMBER",
            "kg.integration", "INTEGRATION");

    @TempDir
    Path dataDir;

    private PayaraProcess payara;
    private String demoDbUrl;

    @AfterEach
    void stopAndDropTheDemoDatabase() throws SQLException {
        if (payara != null) {
            payara.stop();
            payara = null;
        }
        if (demoDbUrl != null) {
            try (Connection c = postgres(System.getenv("SANGKIEN_DB_URL")); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + databaseName(demoDbUrl));
            }
        }
    }

    @Test
    void the_demo_is_loaded_once_through_the_components() throws Exception {
        String dbUrl = System.getenv("SANGKIEN_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            demoDbUrl = dbUrl.replaceFirst("/([^/?]+)(\\?|$)", "/$1_demo$2");
            try (Connection c = postgres(dbUrl); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + databaseName(demoDbUrl));
                s.execute("CREATE DATABASE " + databaseName(demoDbUrl) + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }

        Instant before = Instant.now();
        String log = life("1", api -> checkOverTheApi(api));
        Matcher loaded = Pattern.compile("Demo data loaded in (\\d+) ms: ([^\"\\n]*)").matcher(log);
        assertTrue(loaded.find(), "the load is logged");
        System.out.println("DemoIT: " + loaded.group(0));
        Map<String, Long> counts;
        try (Connection c = connect()) {
            counts = counts(c);
            checkOrganizations(c);
            checkUsers(c);
            checkCampaigns(c, before);
            checkInitiatives(c, before);
            checkAuthors(c);
            checkHistories(c);
            checkIdsComeFromSequences(c);
        }

        String second = life("2", api -> assertEquals(830, api.as("admin", Deployments.adminPassword())
                .get("initiatives?size=1").expect(200).number("total")));
        assertFalse(second.contains("Demo data loaded"), "loaded once");
        try (Connection c = connect()) {
            assertEquals(counts, counts(c), "row counts after the restart");
        }
    }

    private interface Checks {
        void run(Api api) throws Exception;
    }

    /** One life of Payara on the test's data: started, checked over the API, stopped; answers its log. */
    private String life(String name, Checks checks) throws Exception {
        PayaraProcess.Options options = PayaraProcess.options("demo-" + name, HTTP_PORT, CLUSTER_PORT, "sangkien-demo")
                .env("SANGKIEN_DEMO", "true");
        if (demoDbUrl != null) {
            options.env("SANGKIEN_DB_URL", demoDbUrl);
        } else {
            options.env("SANGKIEN_DATA_DIR", dataDir.toString());
        }
        payara = PayaraProcess.start(options);
        try {
            checks.run(payara.api());
            return payara.log();
        } finally {
            payara.stop();
            payara = null;
        }
    }

    private static void checkOverTheApi(Api api) {
        USERS.keySet().forEach(user -> assertEquals(user, api.as(user, PASSWORD).get("me").expect(200).string("username")));
        Api kh = api.as("kh.federation", PASSWORD);
        assertEquals("OPEN", kh.get("campaigns/KH-CAODIEM-40N").expect(200).string("status"));
        Api kg = api.as("kg.federation", PASSWORD);
        assertEquals("CLOSED", kg.get("campaigns/KG-CAODIEM-40N").expect(200).string("status"));
        assertEquals("PLANNED", kg.get("campaigns/KG-CAODIEM-DOT2").expect(200).string("status"));
        Api admin = api.as("admin", Deployments.adminPassword());
        STATUS_COUNTS.forEach((status, count) ->
                assertEquals(count, admin.get("initiatives?size=1&status=" + status).expect(200).number("total"), status));
        assertTrue(kh.get("initiatives?q=nang%20suat&size=5").expect(200).number("total") > 0,
                "search without diacritics");
        assertEquals("KH-CUM-1", kh.get("clusters/KH-CUM-1").expect(200).string("code"));
    }

    private Connection connect() throws SQLException {
        return demoDbUrl != null ? postgres(demoDbUrl)
                : DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("sangkien"), "sangkien", "sangkien");
    }

    private static Connection postgres(String url) throws SQLException {
        String user = System.getenv("SANGKIEN_DB_USER");
        String password = System.getenv("SANGKIEN_DB_PASSWORD");
        return DriverManager.getConnection(url, user == null ? "postgres" : user, password == null ? "" : password);
    }

    private static String databaseName(String url) {
        Matcher m = Pattern.compile("/([^/?]+)(\\?|$)").matcher(url);
        assertTrue(m.find() && m.group(1).matches("[A-Za-z0-9_]+"), url);
        return m.group(1);
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, single(connection, "SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private static void checkOrganizations(Connection connection) throws SQLException {
        assertEquals(52, single(connection, "SELECT COUNT(*) FROM organization WHERE org_level = 'GRASSROOTS'"));
        assertEquals(8, single(connection, "SELECT COUNT(*) FROM organization WHERE org_level = 'DISTRICT'"));
        assertEquals(2, single(connection, "SELECT COUNT(*) FROM organization WHERE org_level = 'PROVINCE'"));
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM organization o JOIN organization p"
                + " ON p.id = o.parent_id WHERE o.path <> p.path || o.id || '/'"), "child path = parent path || id || /");
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM organization o JOIN organization p"
                + " ON p.id = o.parent_id WHERE (o.org_level = 'PROVINCE' AND p.org_level <> 'NATIONAL')"
                + " OR (o.org_level = 'DISTRICT' AND p.org_level <> 'PROVINCE')"
                + " OR (o.org_level = 'GRASSROOTS' AND p.org_level NOT IN ('PROVINCE', 'DISTRICT'))"), "levels");
        assertEquals("Liên đoàn Lao động tỉnh Khánh Hòa",
                text(connection, "SELECT name FROM organization WHERE code = 'KH'"));
        assertEquals(" kg rg ldld thanh pho rach gia",
                text(connection, "SELECT name_search FROM organization WHERE code = 'KG-RG'"));
    }

    private static void checkUsers(Connection connection) throws SQLException {
        Map<String, String> found = new HashMap<>();
        String hash = null;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT u.username, r.role, u.password_hash, u.active,"
                     + " u.version FROM app_user u JOIN app_user_role r ON r.user_id = u.id WHERE u.username <> 'admin'")) {
            while (rs.next()) {
                found.put(rs.getString(1), rs.getString(2));
                hash = rs.getString(3);
                assertTrue(rs.getBoolean(4));
                assertEquals(1, rs.getLong(5));
            }
        }
        assertEquals(USERS, found);
        assertTrue(PasswordHash.verify(PASSWORD, hash), "the demo password");
        assertEquals("KG-RG-001", text(connection, "SELECT o.code FROM app_user u JOIN organization o"
                + " ON o.id = u.organization_id WHERE u.username = 'kg.member'"));
        assertEquals(text(connection, "SELECT organization_id FROM app_user WHERE username = 'kh.unit'"),
                text(connection, "SELECT organization_id FROM app_user WHERE username = 'kh.member'"));
    }

    private static void checkCampaigns(Connection connection, Instant loaded) throws SQLException {
        Map<String, String> expected = Map.of("CT-1TRIEU", "OPEN", "CT-1TRIEU-GD1", "CLOSED", "CT-1TRIEU-GD2", "OPEN",
                "KH-CAODIEM-40N", "OPEN", "KG-CAODIEM-40N", "CLOSED", "KG-CAODIEM-DOT2", "PLANNED");
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT c.code, c.status, c.opens_at, c.closes_at,"
                     + " p.opens_at, p.closes_at, c.path, p.path, c.id FROM campaign c"
                     + " LEFT JOIN campaign p ON p.id = c.parent_id")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String code = rs.getString(1);
                Instant opens = instant(rs, 3);
                Instant closes = instant(rs, 4);
                String status = loaded.isBefore(opens) ? "PLANNED" : loaded.isBefore(closes) ? "OPEN" : "CLOSED";
                assertEquals(expected.get(code), rs.getString(2), code);
                assertEquals(status, rs.getString(2), code + " status by its window");
                if (rs.getObject(5) != null) {
                    assertFalse(opens.isBefore(instant(rs, 5)), code + " opens inside its parent");
                    assertFalse(closes.isAfter(instant(rs, 6)), code + " closes inside its parent");
                    assertEquals(rs.getString(8) + rs.getLong(9) + "/", rs.getString(7), code + " path");
                } else {
                    assertEquals("/" + rs.getLong(9) + "/", rs.getString(7), code + " path");
                }
            }
            assertEquals(expected.size(), rows);
        }
        assertEquals(4, single(connection, "SELECT COUNT(*) FROM pact_member_target"));
        assertEquals(200, single(connection, "SELECT target_initiatives FROM pact"));
    }

    private static void checkInitiatives(Connection connection, Instant loaded) throws SQLException {
        Map<String, Long> byStatus = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT status, COUNT(*) FROM initiative GROUP BY status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertEquals(STATUS_COUNTS, byStatus);
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM initiative i JOIN organization u ON u.id = i.unit_id"
                + " JOIN campaign c ON c.id = i.campaign_id JOIN organization o ON o.id = c.organizer_id"
                + " WHERE u.org_level <> 'GRASSROOTS' OR u.path NOT LIKE o.path || '%'"),
                "units are grassroots inside their campaign organizer's subtree");
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM initiative i JOIN campaign c ON c.id = i.campaign_id"
                + " WHERE i.registered_at < c.opens_at OR i.registered_at >= c.closes_at"),
                "registered inside the campaign's window");
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM initiative WHERE (status = 'RECOGNIZED') <>"
                + " (recognition_decision_no IS NOT NULL AND recognition_date IS NOT NULL"
                + " AND recognized_by_id IS NOT NULL)"), "recognition proof exactly on recognized initiatives");
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM initiative i JOIN organization r"
                + " ON r.id = i.recognized_by_id WHERE r.org_level <> 'PROVINCE'"), "recognized by the province");
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM initiative WHERE confidential = TRUE"
                + " AND confidential_content IS NULL"));
        assertTrue(single(connection, "SELECT COUNT(*) FROM initiative WHERE confidential = TRUE") > 0);
        assertTrue(single(connection, "SELECT COUNT(*) FROM initiative WHERE estimated_value_vnd IS NULL") > 0);
        assertEquals(0, single(connection, "SELECT COUNT(*) FROM initiative WHERE title_search NOT LIKE ' %'"));
        List<Instant> registered = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT registered_at, updated_at FROM initiative")) {
            while (rs.next()) {
                registered.add(instant(rs, 1));
                assertFalse(instant(rs, 2).isAfter(loaded.plusSeconds(600)), "updated_at before the load");
            }
        }
        Instant sixtyOneDaysAgo = loaded.minusSeconds(61L * 24 * 3600);
        assertTrue(registered.stream().allMatch(t -> t.isAfter(sixtyOneDaysAgo) && t.isBefore(loaded.plusSeconds(600))),
                "registered in the last 60 days");
        long distinctDays = registered.stream().map(t -> t.getEpochSecond() / 86_400).distinct().count();
        assertTrue(distinctDays >= 50, "registrations on many days: " + distinctDays);
    }

    private static void checkAuthors(Connection connection) throws SQLException {
        record Shares(int count, int nulls, BigDecimal sum, int maxOrder) {
        }
        Map<Long, Shares> byInitiative = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT initiative_id, author_order, share_percent FROM initiative_author")) {
            while (rs.next()) {
                BigDecimal share = rs.getBigDecimal(3);
                Shares before = byInitiative.getOrDefault(rs.getLong(1), new Shares(0, 0, BigDecimal.ZERO, -1));
                byInitiative.put(rs.getLong(1), new Shares(before.count() + 1, before.nulls() + (share == null ? 1 : 0),
                        share == null ? before.sum() : before.sum().add(share), Math.max(before.maxOrder(), rs.getInt(2))));
            }
        }
        assertEquals(single(connection, "SELECT COUNT(*) FROM initiative"), byInitiative.size(), "every one has authors");
        byInitiative.forEach((id, shares) -> {
            assertTrue(shares.count() >= 1 && shares.count() <= 3, "1-3 authors: " + id);
            assertEquals(shares.count() - 1, shares.maxOrder(), "author_order from 0: " + id);
            if (shares.nulls() == 0) {
                assertEquals(0, new BigDecimal(100).compareTo(shares.sum()), "shares add up to 100: " + id);
            } else {
                assertEquals(shares.count(), shares.nulls(), "shares all given or none: " + id);
            }
        });
    }

    private static void checkHistories(Connection connection) throws SQLException {
        Map<Long, String[]> initiatives = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, status, registered_by, registered_at, updated_at, version"
                     + " FROM initiative")) {
            while (rs.next()) {
                initiatives.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3),
                    instant(rs, 4).toString(), instant(rs, 5).toString(), rs.getString(6)});
            }
        }
        Map<Long, List<String[]>> histories = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT initiative_id, action, from_status, to_status, actor,"
                     + " happened_at, comment_text FROM initiative_transition ORDER BY initiative_id, happened_at, id")) {
            while (rs.next()) {
                histories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6).toString(), rs.getString(7)});
            }
        }
        assertEquals(initiatives.keySet(), histories.keySet(), "every one has a history");
        Map<String, String> targets = Map.of("SUBMIT", "SUBMITTED", "VERIFY", "VERIFIED", "RECOGNIZE", "RECOGNIZED",
                "REJECT", "REJECTED", "RETURN", "RETURNED", "WITHDRAW", "WITHDRAWN");
        histories.forEach((id, steps) -> {
            String[] initiative = initiatives.get(id);
            String[] first = steps.get(0);
            assertEquals("REGISTER", first[0], "first step: " + id);
            assertNull(first[1]);
            assertTrue(Set.of("DRAFT", "SUBMITTED").contains(first[2]));
            assertEquals(initiative[1], first[3], "registered by: " + id);
            assertEquals(initiative[2], first[4], "registered at: " + id);
            String[] last = steps.get(steps.size() - 1);
            assertEquals(initiative[0], last[2], "last step leads to the status: " + id);
            assertEquals(initiative[3], last[4], "updated at the last step: " + id);
            assertEquals(String.valueOf(steps.size()), initiative[4], "one version per step: " + id);
            for (int i = 1; i < steps.size(); i++) {
                String[] step = steps.get(i);
                assertEquals(steps.get(i - 1)[2], step[1], "from = previous to: " + id);
                assertEquals(targets.get(step[0]), step[2], "action leads to its status: " + id);
                assertTrue(Instant.parse(step[4]).isAfter(Instant.parse(steps.get(i - 1)[4])), "time goes on: " + id);
                if (Set.of("REJECT", "RETURN").contains(step[0])) {
                    assertNotNull(step[5], "REJECT and RETURN say why: " + id);
                }
                if ("RECOGNIZE".equals(step[0])) {
                    assertTrue(step[3].endsWith(".reviewer"), "reviewers recognise: " + id);
                }
            }
        });
    }

    /** Every id was drawn from its table's sequence: none beyond what the sequence has given. */
    private static void checkIdsComeFromSequences(Connection connection) throws SQLException {
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        Map<String, String> sequences = Map.of("organization", "organization_seq", "app_user", "app_user_seq",
                "campaign", "campaign_seq", "initiative", "initiative_seq", "initiative_transition",
                "initiative_transition_seq");
        for (Map.Entry<String, String> e : sequences.entrySet()) {
            long given = postgres ? single(connection, "SELECT last_value FROM " + e.getValue())
                    : single(connection, "SELECT BASE_VALUE - 1 FROM INFORMATION_SCHEMA.SEQUENCES"
                            + " WHERE LOWER(SEQUENCE_NAME) = '" + e.getValue() + "'");
            long max = single(connection, "SELECT MAX(id) FROM " + e.getKey());
            assertTrue(max <= given, e.getKey() + ": max id " + max + ", sequence at " + given);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
