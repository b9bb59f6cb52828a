package vn.sangkien.demo.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.platform.text.SearchText;

/**
 * Loads the demo data into a freshly migrated database, as the bootstrap would, and checks that it
 * is loaded once and is consistent with the rules of the domain. H2 always; PostgreSQL when
 * {@code -Dsangkien.demo.postgresql.url=jdbc:postgresql://...} names an empty scratch database
 * (user and password from {@code sangkien.demo.postgresql.user} / {@code .password}, default
 * {@code postgres} / empty).
 */
class DemoDataTest {

    private static final List<String> TABLES = List.of("organization", "app_user", "app_user_role", "campaign",
            "initiative", "initiative_author", "initiative_transition", "system_setting");
    private static final List<String> STATUSES = List.of(
            "DRAFT", "SUBMITTED", "VERIFIED", "RECOGNIZED", "REJECTED", "RETURNED", "WITHDRAWN");
    private static final Map<String, String> USERS = Map.of(
            "kg.federation", "FEDERATION_OFFICER", "kh.federation", "FEDERATION_OFFICER",
            "kg.unit", "UNIT_OFFICER", "kh.unit", "UNIT_OFFICER",
            "kg.reviewer", "REVIEWER", "kh.reviewer", "REVIEWER",
            "kg.member", "MEMBER", "kh.member", "MEMBER",
            "kg.integration", "INTEGRATION");

    @Test
    void loadsOnceAndConsistentlyOnH2() throws SQLException {
        String url = "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1";
        loadTwiceAndCheck(url, "sa", "", "h2");
    }

    @Test
    void loadsOnceAndConsistentlyOnPostgreSql() throws SQLException {
        String url = System.getProperty("sangkien.demo.postgresql.url");
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL scratch database given");
        loadTwiceAndCheck(url, System.getProperty("sangkien.demo.postgresql.user", "postgres"),
                System.getProperty("sangkien.demo.postgresql.password", ""), "postgresql");
    }

    private static void loadTwiceAndCheck(String url, String user, String password, String vendor)
            throws SQLException {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            insertNationalOrganization(connection, now);
            connection.commit();

            long started = System.nanoTime();
            assertTrue(DemoData.loadOnce(connection, now), "first load");
            connection.commit();
            System.out.printf("Demo data loaded on %s in %d ms%n", vendor, (System.nanoTime() - started) / 1_000_000);
            Map<String, Long> counts = counts(connection);

            assertFalse(DemoData.loadOnce(connection, now.plusSeconds(3600)), "second load");
            connection.commit();
            assertEquals(counts, counts(connection), "row counts after the second load");

            checkOrganizations(connection);
            checkUsers(connection);
            checkCampaigns(connection, now);
            checkInitiatives(connection, now);
            checkAuthors(connection);
            checkHistories(connection);
            checkIdsComeFromSequences(connection);
        }
    }

    /** As the bootstrap does it. */
    private static void insertNationalOrganization(Connection connection, Instant now) throws SQLException {
        long id = single(connection, "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                ? "SELECT nextval('organization_seq')" : "SELECT NEXT VALUE FOR organization_seq");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization (id, code, name,"
                + " name_search, org_level, parent_id, path, active, version, created_at, updated_at)"
                + " VALUES (?, 'TLD', ?, ?, 'NATIONAL', NULL, ?, TRUE, 1, ?, ?)")) {
            String name = "Tổng Liên đoàn Lao động Việt Nam";
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setString(3, SearchText.of("TLD " + name));
            insert.setString(4, "/" + id + "/");
            insert.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, single(connection, "SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private static void checkOrganizations(Connection connection) throws SQLException {
        assertTrue(single(connection, "SELECT COUNT(*) FROM organization WHERE org_level = 'GRASSROOTS'") >= 40,
                "at least 40 grassroots unions");
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
                     + " u.version FROM app_user u JOIN app_user_role r ON r.user_id = u.id")) {
            while (rs.next()) {
                found.put(rs.getString(1), rs.getString(2));
                hash = rs.getString(3);
                assertTrue(rs.getBoolean(4));
                assertEquals(1, rs.getLong(5));
            }
        }
        USERS.forEach((username, role) -> assertEquals(role, found.get(username), "role of " + username));
        assertTrue(PasswordHash.verify(DemoData.PASSWORD, hash), "the demo password");
        assertEquals("KG-RG-001", text(connection, "SELECT o.code FROM app_user u JOIN organization o"
                + " ON o.id = u.organization_id WHERE u.username = 'kg.member'"));
        assertEquals(text(connection, "SELECT organization_id FROM app_user WHERE username = 'kh.unit'"),
                text(connection, "SELECT organization_id FROM app_user WHERE username = 'kh.member'"));
    }

    private static void checkCampaigns(Connection connection, Instant now) throws SQLException {
        Map<String, String> expected = Map.of("CT-1TRIEU", "OPEN", "CT-1TRIEU-GD1", "CLOSED", "CT-1TRIEU-GD2", "OPEN",
                "KH-CAODIEM-40N", "OPEN", "KG-CAODIEM-40N", "CLOSED", "KG-CAODIEM-DOT2", "PLANNED");
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT c.code, c.status, c.opens_at, c.closes_at, c.closed_at,"
                     + " p.opens_at, p.closes_at, c.path, p.path, c.id FROM campaign c"
                     + " LEFT JOIN campaign p ON p.id = c.parent_id")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String code = rs.getString(1);
                Instant opens = instant(rs, 3);
                Instant closes = instant(rs, 4);
                String status = now.isBefore(opens) ? "PLANNED" : now.isBefore(closes) ? "OPEN" : "CLOSED";
                assertEquals(expected.get(code), rs.getString(2), code);
                assertEquals(status, rs.getString(2), code + " status by its window");
                assertEquals("CLOSED".equals(status) ? closes : null, instant(rs, 5), code + " closed_at");
                if (rs.getObject(6) != null) {
                    assertFalse(opens.isBefore(instant(rs, 6)), code + " opens inside its parent");
                    assertFalse(closes.isAfter(instant(rs, 7)), code + " closes inside its parent");
                    assertEquals(rs.getString(9) + rs.getLong(10) + "/", rs.getString(8), code + " path");
                } else {
                    assertEquals("/" + rs.getLong(10) + "/", rs.getString(8), code + " path");
                }
            }
            assertEquals(expected.size(), rows);
        }
    }

    private static void checkInitiatives(Connection connection, Instant now) throws SQLException {
        Map<String, Long> byStatus = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT status, COUNT(*) FROM initiative GROUP BY status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertEquals(Set.copyOf(STATUSES), byStatus.keySet());
        STATUSES.forEach(s -> assertTrue(byStatus.get(s) >= 100, s + ": " + byStatus.get(s)));

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
                assertFalse(instant(rs, 2).isAfter(now), "updated_at not in the future");
            }
        }
        Instant sixtyOneDaysAgo = now.minusSeconds(61L * 24 * 3600);
        assertTrue(registered.stream().allMatch(t -> t.isAfter(sixtyOneDaysAgo) && t.isBefore(now)),
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
             ResultSet rs = statement.executeQuery("SELECT id, status, registered_by, registered_at, updated_at FROM initiative")) {
            while (rs.next()) {
                initiatives.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3),
                    instant(rs, 4).toString(), instant(rs, 5).toString()});
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

    /**
     * The sequences step by 50: ids used exactly as drawn all leave the same remainder modulo 50
     * (whatever the start), while an id made up by the loader would not.
     */
    private static void checkIdsComeFromSequences(Connection connection) throws SQLException {
        for (String table : List.of("organization", "app_user", "campaign", "initiative", "initiative_transition")) {
            assertEquals(1, single(connection, "SELECT COUNT(DISTINCT MOD(id, 50)) FROM " + table), table);
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
