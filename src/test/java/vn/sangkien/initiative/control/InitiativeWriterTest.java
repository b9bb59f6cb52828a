package vn.sangkien.initiative.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.persistence.Databases;
import vn.sangkien.platform.text.SearchText;

/**
 * The rules that the batched registration decides in its insert, on a migrated database
 * ({@link RegistryFixture#onTestDatabase}: H2, and PostgreSQL in CI's PostgreSQL run, where the batch
 * goes in one round trip): a row is written exactly when the registration service would accept it,
 * written as JPA writes it, and a batch is stored whole or not at all.
 */
class InitiativeWriterTest {

    private static final Instant NOW = RegistryFixture.NOW;
    private final AtomicLong ids = new AtomicLong(1_000_000);

    private RegistryFixture db;
    private Connection connection;

    @BeforeEach
    void migrateAndSeed() throws SQLException {
        db = RegistryFixture.onTestDatabase();
        connection = db.connection;
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void writes_the_initiative_its_authors_and_its_registration_step_as_jpa_does() throws SQLException {
        InitiativeContent content = new InitiativeContent("Cải tiến quy trình kiểm tra đồng hồ", "TECHNOLOGY",
                "Tóm tắt", null, "Giải pháp", null, null, "Lợi ích", null, "Công ty Điện lực",
                LocalDate.of(2026, 3, 1), 120_000_000L, true, "Phần mật", List.of(
                        new Author("Nguyễn Thị Hồng Nhung", "M-1", new BigDecimal("60.5")),
                        new Author("Trần Văn Đức", null, null)));
        InitiativeWriter.Entry entry = entry("OPEN-P", "D1", db.pathOf("P"), content, InitiativeStatus.SUBMITTED);

        assertArrayEquals(new boolean[] {true}, InitiativeWriter.store(connection, List.of(entry)));

        try (ResultSet rs = db.query("SELECT i.title, i.title_search, i.field_code, i.summary, i.current_situation,"
                + " i.solution, i.benefits, i.owner_name, i.applied_from, i.estimated_value_vnd, i.confidential,"
                + " i.confidential_content, i.status, i.registered_at, i.registered_by, i.updated_at, i.version,"
                + " c.code, u.code FROM initiative i JOIN campaign c ON c.id = i.campaign_id"
                + " JOIN organization u ON u.id = i.unit_id WHERE i.id = " + entry.initiativeId())) {
            assertTrue(rs.next());
            assertEquals(content.title(), rs.getString(1));
            assertEquals(SearchText.of(content.title()), rs.getString(2));
            assertEquals("TECHNOLOGY", rs.getString(3));
            assertEquals("Tóm tắt", rs.getString(4));
            assertNull(rs.getString(5));
            assertEquals("Giải pháp", rs.getString(6));
            assertEquals("Lợi ích", rs.getString(7));
            assertEquals("Công ty Điện lực", rs.getString(8));
            assertEquals(LocalDate.of(2026, 3, 1), rs.getObject(9, LocalDate.class));
            assertEquals(120_000_000L, rs.getLong(10));
            assertTrue(rs.getBoolean(11));
            assertEquals("Phần mật", rs.getString(12));
            assertEquals("SUBMITTED", rs.getString(13));
            assertEquals(NOW, rs.getObject(14, OffsetDateTime.class).toInstant());
            assertEquals("officer", rs.getString(15));
            assertEquals(NOW, rs.getObject(16, OffsetDateTime.class).toInstant());
            assertEquals(InitiativeWriter.INITIAL_VERSION, rs.getLong(17));
            assertEquals("OPEN-P", rs.getString(18));
            assertEquals("D1", rs.getString(19));
        }
        try (ResultSet rs = db.query("SELECT author_order, full_name, member_code, share_percent FROM initiative_author"
                + " WHERE initiative_id = " + entry.initiativeId() + " ORDER BY author_order")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
            assertEquals("Nguyễn Thị Hồng Nhung", rs.getString(2));
            assertEquals("M-1", rs.getString(3));
            assertEquals(0, new BigDecimal("60.5").compareTo(rs.getBigDecimal(4)));
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals("Trần Văn Đức", rs.getString(2));
            assertNull(rs.getString(3));
            assertNull(rs.getBigDecimal(4));
            assertFalse(rs.next());
        }
        try (ResultSet rs = db.query("SELECT id, action, from_status, to_status, actor, happened_at, comment_text"
                + " FROM initiative_transition WHERE initiative_id = " + entry.initiativeId())) {
            assertTrue(rs.next());
            assertEquals(entry.transitionId(), rs.getLong(1));
            assertEquals("REGISTER", rs.getString(2));
            assertNull(rs.getString(3));
            assertEquals("SUBMITTED", rs.getString(4));
            assertEquals("officer", rs.getString(5));
            assertEquals(NOW, rs.getObject(6, OffsetDateTime.class).toInstant());
            assertNull(rs.getString(7));
            assertFalse(rs.next());
        }
        try (ResultSet rs = db.query("SELECT id, happened_at, actor, channel, action, entity_type, organization_code,"
                + " detail FROM audit_event WHERE entity_key = '" + entry.initiativeId() + "'")) {
            assertTrue(rs.next());
            assertEquals(entry.auditId(), rs.getLong(1));
            assertEquals(NOW, rs.getObject(2, OffsetDateTime.class).toInstant());
            assertEquals("officer", rs.getString(3));
            assertEquals("SOAP", rs.getString(4));
            assertEquals("REGISTER", rs.getString(5));
            assertEquals("INITIATIVE", rs.getString(6));
            assertEquals("D1", rs.getString(7));
            assertEquals("OPEN-P SUBMITTED", rs.getString(8));
            assertFalse(rs.next());
        }
    }

    @Test
    void writes_exactly_what_the_rules_accept_entry_by_entry() throws SQLException {
        List<InitiativeWriter.Entry> entries = new ArrayList<>();
        List<Boolean> expected = new ArrayList<>();
        String nationalPath = db.pathOf("N");
        String provincePath = db.pathOf("P");
        String otherProvincePath = db.pathOf("Q");
        // Accepted: a unit of the organizer's subtree, registered from the unit, the district or the province.
        add(entries, expected, true, "OPEN-P", "D1", provincePath);
        add(entries, expected, true, "OPEN-P", "P1", provincePath);
        add(entries, expected, true, "OPEN-P", "D1", db.pathOf("D"));
        add(entries, expected, true, "OPEN-P", "D1", db.pathOf("D1"));
        // A campaign of an ancestor is visible; an administrator sees everything.
        add(entries, expected, true, "OPEN-N", "Q1", otherProvincePath);
        add(entries, expected, true, "OPEN-Q", "Q1", nationalPath);
        // A unit that is not a grassroots union.
        add(entries, expected, false, "OPEN-P", "D", provincePath);
        add(entries, expected, false, "OPEN-P", "P", provincePath);
        // A unit outside the registrar's subtree.
        add(entries, expected, false, "OPEN-N", "Q1", provincePath);
        add(entries, expected, false, "OPEN-P", "P1", db.pathOf("D"));
        // A unit outside the organizer's subtree.
        add(entries, expected, false, "OPEN-Q", "D1", nationalPath);
        // A campaign of another province is not visible, even to reach a unit the registrar sees.
        add(entries, expected, false, "OPEN-Q", "Q1", provincePath);
        // A campaign that is not open now.
        add(entries, expected, false, "PLANNED", "D1", provincePath);
        add(entries, expected, false, "ENDED", "D1", provincePath);
        add(entries, expected, false, "CLOSED-EARLY", "D1", provincePath);
        add(entries, expected, true, "CLOSING-LATER", "D1", provincePath);
        // Unknown codes.
        add(entries, expected, false, "NO-SUCH", "D1", provincePath);
        add(entries, expected, false, "OPEN-P", "NO-SUCH", provincePath);

        boolean[] written = InitiativeWriter.store(connection, entries);

        for (int i = 0; i < entries.size(); i++) {
            InitiativeWriter.Entry e = entries.get(i);
            String what = e.campaignCode() + " / " + e.draft().unitCode() + " from " + e.draft().registrarSubtree();
            assertEquals(expected.get(i), written[i], what);
            long id = e.initiativeId();
            long stored = db.count("SELECT COUNT(*) FROM initiative WHERE id = " + id);
            assertEquals(expected.get(i) ? 1 : 0, stored, "initiative row of " + what);
            assertEquals(stored, db.count("SELECT COUNT(*) FROM initiative_author WHERE initiative_id = " + id));
            assertEquals(stored, db.count("SELECT COUNT(*) FROM initiative_transition WHERE initiative_id = " + id));
            assertEquals(stored, db.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'INITIATIVE'"
                    + " AND entity_key = '" + id + "'"), "audit entry of " + what);
        }
    }

    @Test
    void a_batch_that_fails_in_any_statement_leaves_nothing_and_says_what_is_stored() throws SQLException {
        InitiativeWriter.Entry before = entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(),
                InitiativeStatus.DRAFT);
        InitiativeWriter.store(connection, List.of(before));
        InitiativeWriter.Entry valid = entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(),
                InitiativeStatus.SUBMITTED);
        // The author's name is longer than its column: the initiatives are inserted, then the authors fail.
        InitiativeContent tooLongAuthor = new InitiativeContent("Sáng kiến thử nghiệm", "TECHNOLOGY", "Tóm tắt",
                null, null, null, null, null, null, null, null, null, false, null,
                List.of(new Author("Đ".repeat(201), null, null)));
        InitiativeWriter.Entry failing = entry("OPEN-P", "D1", db.pathOf("P"), tooLongAuthor,
                InitiativeStatus.SUBMITTED);
        List<InitiativeWriter.Entry> batch = List.of(valid, failing);

        assertThrows(SQLException.class, () -> InitiativeWriter.store(connection, batch));

        assertTrue(connection.getAutoCommit(), "the connection is left as it was lent");
        assertArrayEquals(new boolean[] {false, false}, InitiativeWriter.stored(connection, batch));
        assertArrayEquals(new boolean[] {true}, InitiativeWriter.stored(connection, List.of(before)));
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative_author"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative_transition"));
    }

    @Test
    void a_key_is_written_with_its_initiative_and_a_stored_key_is_never_written_again() throws SQLException {
        RegistrationKey key = new RegistrationKey("don-vi-42/001", "f".repeat(64));
        InitiativeWriter.Entry first = keyed(entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(),
                InitiativeStatus.SUBMITTED), key);
        assertArrayEquals(new boolean[] {true}, InitiativeWriter.store(connection, List.of(first)));
        try (ResultSet rs = db.query("SELECT username, client_reference, fingerprint, initiative_id FROM registration_key")) {
            assertTrue(rs.next());
            assertEquals("officer", rs.getString(1));
            assertEquals("don-vi-42/001", rs.getString(2));
            assertEquals("f".repeat(64), rs.getString(3));
            assertEquals(first.initiativeId(), rs.getLong(4));
            assertFalse(rs.next());
        }
        InitiativeWriter.Entry again = keyed(entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(),
                InitiativeStatus.SUBMITTED), key);
        InitiativeWriter.Entry unkeyed = entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(),
                InitiativeStatus.SUBMITTED);
        assertArrayEquals(new boolean[] {false, true}, InitiativeWriter.store(connection, List.of(again, unkeyed)),
                "the repeat is not written, the rest of its batch is");
        assertEquals(2, db.count("SELECT COUNT(*) FROM initiative"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM registration_key"));
    }

    @Test
    void one_key_twice_in_a_batch_refuses_the_batch_whole() throws SQLException {
        RegistrationKey key = new RegistrationKey("lap-lai", "0".repeat(64));
        List<InitiativeWriter.Entry> batch = List.of(
                keyed(entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(), InitiativeStatus.SUBMITTED), key),
                keyed(entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(), InitiativeStatus.SUBMITTED), key));
        assertThrows(SQLException.class, () -> InitiativeWriter.store(connection, batch));
        assertEquals(0, db.count("SELECT COUNT(*) FROM initiative"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM registration_key"));
    }

    @Test
    void audit_entries_are_never_changed_or_deleted_on_postgresql() throws SQLException {
        assumeTrue(Databases.isPostgreSQL(connection), "the trigger is PostgreSQL's");
        InitiativeWriter.Entry entry = entry("OPEN-P", "D1", db.pathOf("P"), RegistryFixture.content(),
                InitiativeStatus.SUBMITTED);
        InitiativeWriter.store(connection, List.of(entry));
        String where = " WHERE id = " + entry.auditId();
        for (String change : new String[] {"UPDATE audit_event SET actor = 'someone-else'" + where,
                "DELETE FROM audit_event" + where, "TRUNCATE audit_event"}) {
            try (Statement statement = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains("never changed or deleted"), refused.getMessage());
            }
        }
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_event" + where + " AND actor = 'officer'"));
    }

    private static InitiativeWriter.Entry keyed(InitiativeWriter.Entry e, RegistrationKey key) {
        return new InitiativeWriter.Entry(e.initiativeId(), e.transitionId(), e.auditId(), e.draft().keyed(key));
    }

    private void add(List<InitiativeWriter.Entry> entries, List<Boolean> expected, boolean accepted, String campaign,
                     String unit, String registrarSubtree) {
        entries.add(entry(campaign, unit, registrarSubtree, RegistryFixture.content(), InitiativeStatus.SUBMITTED));
        expected.add(accepted);
    }

    private InitiativeWriter.Entry entry(String campaign, String unit, String registrarSubtree,
                                     InitiativeContent content, InitiativeStatus status) {
        return new InitiativeWriter.Entry(ids.incrementAndGet(), ids.incrementAndGet(), ids.incrementAndGet(),
                new InitiativeWriter.Draft(campaign, unit, content, status, "officer", registrarSubtree, NOW, null,
                        Channel.SOAP));
    }
}
