package vn.sangkien.initiative.control;

import static vn.sangkien.platform.persistence.InstantConverter.utc;
import static vn.sangkien.platform.persistence.JdbcParameters.setNullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.initiative.entity.InitiativeTransition;
import vn.sangkien.platform.audit.AuditEntry;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.persistence.Databases;
import vn.sangkien.platform.text.SearchText;

/**
 * The one piece of code that writes a new initiative, with its authors and its {@code REGISTER}
 * step, whatever the channel: the group commit of REST and the console ({@link RegistrationQueue}),
 * the registry's careful way, the demo data and any later batch or import. The rules on the
 * campaign and the unit are decided by the insert itself, against the rows as they are in its
 * transaction, so that nothing can change between the check and the write: the campaign is open at
 * {@code registeredAt} and visible to the registrar (organized within the registrar's subtree or by
 * one of its ancestors), the unit is a grassroots union within the registrar's subtree and within
 * the organizer's. A registration that fails any of them is simply not written; the registry names
 * what is wrong. Authors and step are written only with their initiative: they join the initiatives
 * that the first statement wrote, and so is the initiative's entry in the audit trail.
 */
public final class InitiativeWriter {

    /** The version of a new row, where JPA's {@code @Version} starts. */
    public static final long INITIAL_VERSION = 1;

    /**
     * A registration whose content is checked: where, what, by whom from which subtree, when, under
     * which idempotency key (null: none), and through which channel (for the audit trail).
     */
    public record Draft(String campaignCode, String unitCode, InitiativeContent content, InitiativeStatus status,
                        String registeredBy, String registrarSubtree, Instant registeredAt, RegistrationKey key,
                        Channel channel) {

        /** A registration without key, through the channel of the request this thread serves. */
        public Draft(String campaignCode, String unitCode, InitiativeContent content, InitiativeStatus status,
                     String registeredBy, String registrarSubtree, Instant registeredAt) {
            this(campaignCode, unitCode, content, status, registeredBy, registrarSubtree, registeredAt, null,
                    Channel.current());
        }

        public Draft keyed(RegistrationKey newKey) {
            return new Draft(campaignCode, unitCode, content, status, registeredBy, registrarSubtree, registeredAt, newKey,
                    channel);
        }
    }

    /** A draft with the ids drawn for it: of the initiative, of its first step and of its audit entry. */
    public record Entry(long initiativeId, long transitionId, long auditId, Draft draft) {

        public String campaignCode() {
            return draft.campaignCode();
        }

        public InitiativeContent content() {
            return draft.content();
        }

        public RegistrationKey key() {
            return draft.key();
        }
    }

    /** The sequences of the ids of an {@link Entry}. */
    public static final String INITIATIVE_SEQUENCE = "initiative_seq";
    public static final String STEP_SEQUENCE = "initiative_transition_seq";
    public static final String AUDIT_SEQUENCE = AuditEntry.SEQUENCE;

    /**
     * The registrations of a batch are rows of a {@code VALUES} list (one row of {@link #REGISTRATION}
     * each) between this head and {@link #RULES}: one statement for the whole batch, whatever its size.
     */
    private static final String INSERT_INITIATIVES = """
            INSERT INTO initiative (id, campaign_id, unit_id, title, title_search, field_code, summary,
                current_situation, solution, novelty, applicability, benefits, social_benefit, owner_name,
                applied_from, estimated_value_vnd, confidential, confidential_content, status, registered_at,
                registered_by, updated_at, version, change_position)
            SELECT r.id, c.id, u.id, r.title, r.title_search, r.field_code, r.summary, r.current_situation,
                r.solution, r.novelty, r.applicability, r.benefits, r.social_benefit, r.owner_name, r.applied_from,
                r.estimated_value_vnd, r.confidential, r.confidential_content, r.status, r.registered_at,
                r.registered_by, r.registered_at, %d, %s + r.ordinal
            FROM (VALUES""".formatted(INITIAL_VERSION, "%s");
    private static final String RULES = """
            ) AS r (id, title, title_search, field_code, summary, current_situation, solution,
                novelty, applicability, benefits, social_benefit, owner_name, applied_from, estimated_value_vnd,
                confidential, confidential_content, status, registered_at, registered_by, campaign_code,
                unit_code, subtree, client_reference, ordinal)
            JOIN campaign c ON c.code = r.campaign_code
            JOIN organization o ON o.id = c.organizer_id
            JOIN organization u ON u.code = r.unit_code
            WHERE u.org_level = 'GRASSROOTS'
              AND u.path LIKE (r.subtree || '%') AND u.path LIKE (o.path || '%')
              AND (o.path LIKE (r.subtree || '%') OR r.subtree LIKE (o.path || '%'))
              AND c.opens_at <= r.registered_at AND c.closes_at > r.registered_at
              AND (c.closed_at IS NULL OR c.closed_at > r.registered_at)
              AND (r.client_reference IS NULL OR NOT EXISTS (SELECT 1 FROM registration_key k
                  WHERE k.username = r.registered_by AND k.client_reference = r.client_reference))
            """;
    /** Typed parameters: neither database can type a bare parameter in a {@code VALUES} list. */
    private static final String REGISTRATION = "(CAST(? AS BIGINT)" + ", CAST(? AS VARCHAR)".repeat(11)
            + ", CAST(? AS DATE), CAST(? AS BIGINT), CAST(? AS BOOLEAN), CAST(? AS VARCHAR), CAST(? AS VARCHAR)"
            + ", CAST(? AS TIMESTAMP WITH TIME ZONE)" + ", CAST(? AS VARCHAR)".repeat(5) + ", CAST(? AS BIGINT))";
    private static final String INSERT_AUTHORS = "INSERT INTO initiative_author"
            + " (initiative_id, author_order, full_name, member_code, share_percent)"
            + " SELECT r.initiative_id, r.author_order, r.full_name, r.member_code, r.share_percent FROM (VALUES";
    private static final String AUTHOR = "(CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS VARCHAR),"
            + " CAST(? AS VARCHAR), CAST(? AS NUMERIC(5, 2)))";
    private static final String AUTHOR_COLUMNS = ") AS r (initiative_id, author_order, full_name, member_code,"
            + " share_percent) JOIN ";
    private static final String INSERT_STEPS = "INSERT INTO initiative_transition"
            + " (id, initiative_id, action, from_status, to_status, actor, happened_at, comment_text)"
            + " SELECT r.id, r.initiative_id, '" + InitiativeTransition.REGISTER + "', NULL, r.to_status, r.actor,"
            + " r.happened_at, NULL FROM (VALUES";
    private static final String STEP = "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE))";
    private static final String STEP_COLUMNS = ") AS r (id, initiative_id, to_status, actor, happened_at) JOIN ";
    private static final String INSERT_KEYS = "INSERT INTO registration_key"
            + " (username, client_reference, fingerprint, initiative_id, created_at)"
            + " SELECT r.username, r.client_reference, r.fingerprint, r.initiative_id, r.created_at FROM (VALUES";
    private static final String KEY = "(CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE))";
    private static final String KEY_COLUMNS = ") AS r (username, client_reference, fingerprint, initiative_id, created_at)"
            + " JOIN ";
    private static final String INSERT_AUDIT = "INSERT INTO audit_event"
            + " (id, happened_at, actor, channel, action, entity_type, entity_key, organization_code, detail)"
            + " SELECT r.id, r.happened_at, r.actor, r.channel, '" + InitiativeTransition.REGISTER + "', '"
            + AuditedType.INITIATIVE + "', CAST(r.initiative_id AS VARCHAR(20)), r.unit_code, r.detail FROM (VALUES";
    private static final String AUDIT = "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE),"
            + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR))";
    private static final String AUDIT_COLUMNS = ") AS r (id, initiative_id, happened_at, actor, channel, unit_code, detail)"
            + " JOIN ";
    /**
     * Authors and steps are written only with their initiative: joined to the ids that the initiatives'
     * insert returned (PostgreSQL), or to the initiatives written in this transaction (H2). On
     * PostgreSQL a join to the table itself can be planned as a scan of the whole table.
     */
    private static final String OF_RETURNED = "written w ON w.id = r.initiative_id";
    private static final String OF_STORED = "initiative w ON w.id = r.initiative_id";
    private static final String AUTHORS_OF_STORED = AUTHOR_COLUMNS + OF_STORED;
    private static final String STEPS_OF_STORED = STEP_COLUMNS + OF_STORED;
    private static final String AUTHORS_OF_RETURNED = AUTHOR_COLUMNS + OF_RETURNED;
    private static final String STEPS_OF_RETURNED = STEP_COLUMNS + OF_RETURNED;
    private static final String KEYS_OF_STORED = KEY_COLUMNS + OF_STORED;
    private static final String KEYS_OF_RETURNED = KEY_COLUMNS + OF_RETURNED;
    private static final String AUDIT_OF_STORED = AUDIT_COLUMNS + OF_STORED;
    private static final String AUDIT_OF_RETURNED = AUDIT_COLUMNS + OF_RETURNED;
    private static final String SELECT_STORED = "SELECT id FROM initiative WHERE id IN (";
    /**
     * Each entry's change position is the row's {@code ordinal} plus a base: on H2 the positions are
     * reserved first and the ordinal is the position itself; on PostgreSQL the statement reserves them
     * and the ordinal counts from 1.
     */
    private static final String INSERT_INITIATIVES_H2 = INSERT_INITIATIVES.formatted("0");
    /** On PostgreSQL the inserts are parts of one statement, joined by the ids the first returns. */
    private static final String WITH_WRITTEN = "WITH %s, written AS (" + INSERT_INITIATIVES.formatted(
            "(SELECT position FROM pos) - %d");
    private static final String RETURNING_IDS = RULES + " RETURNING id)";
    private static final String WITH_AUTHORS = ", authors AS (" + INSERT_AUTHORS;
    private static final String WITH_STEPS = "), steps AS (" + INSERT_STEPS;
    private static final String WITH_KEYS = "), keys AS (" + INSERT_KEYS;
    private static final String WITH_AUDIT = "), audit AS (" + INSERT_AUDIT;
    private static final String SELECT_WRITTEN = ") SELECT id FROM written";

    /** A statement, by its head, its tail and its number of rows. */
    private record Shape(String head, int rows, String tail) {
    }

    /**
     * The text of each statement (on PostgreSQL, of each part of the one statement) by its number of
     * rows, built once: the same text lets the driver and the database reuse its parse and plan, batch
     * after batch. Bounded by the batch size times the largest number of authors.
     */
    private static final Map<Shape, String> STATEMENTS = new ConcurrentHashMap<>();

    private InitiativeWriter() {
    }

    /**
     * Writes the entries and commits them, all or nothing, and tells entry by entry whether it was
     * written. Takes a connection in auto-commit mode, as a pool lends it, and leaves it so: on
     * PostgreSQL the one statement of {@link #write} commits by itself before the database answers
     * (no {@code BEGIN} and {@code COMMIT} round trips); on H2 its statements run in a transaction
     * committed here.
     *
     * @throws SQLException when the batch failed; it may still have been stored if the failure hit the
     *         commit: {@link #stored} tells
     */
    public static boolean[] store(Connection connection, List<Entry> entries) throws SQLException {
        if (Databases.isPostgreSQL(connection)) {
            return write(connection, entries);
        }
        connection.setAutoCommit(false);
        try {
            boolean[] written = write(connection, entries);
            connection.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Writes the entries in the connection's transaction, which the caller commits (or, in auto-commit
     * mode on PostgreSQL, the statement itself), and tells entry by entry whether it was written. Every
     * entry has at least one author: its content is checked.
     *
     * <p>On PostgreSQL the inserts are parts of one statement ({@code WITH written AS (INSERT …
     * RETURNING id), authors AS (INSERT … JOIN written), steps AS (…), audit AS (…) SELECT id FROM
     * written}): one round trip, atomic by itself. H2 has no inserts in {@code WITH}: there they are
     * separate statements.
     */
    public static boolean[] write(Connection connection, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return new boolean[0];
        }
        int authorCount = entries.stream().mapToInt(e -> e.content().authors().size()).sum();
        List<Entry> keyed = entries.stream().filter(e -> e.key() != null).toList();
        if (Databases.isPostgreSQL(connection)) {
            String head = WITH_WRITTEN.formatted(ChangePositions.reserveAsPart(entries.size()), entries.size());
            String all = rows(head, REGISTRATION, entries.size(), RETURNING_IDS)
                    + rows(WITH_AUTHORS, AUTHOR, authorCount, AUTHORS_OF_RETURNED)
                    + rows(WITH_STEPS, STEP, entries.size(), STEPS_OF_RETURNED)
                    + (keyed.isEmpty() ? "" : rows(WITH_KEYS, KEY, keyed.size(), KEYS_OF_RETURNED))
                    + rows(WITH_AUDIT, AUDIT, entries.size(), AUDIT_OF_RETURNED) + SELECT_WRITTEN;
            try (PreparedStatement statement = connection.prepareStatement(all)) {
                int p = bindSteps(statement, bindAuthors(statement, bindInitiatives(statement, 1, entries, 1), entries),
                        entries);
                bindAudit(statement, bindKeys(statement, p, keyed), entries);
                return writtenOf(entries, statement.executeQuery());
            }
        }
        long firstPosition = ChangePositions.reserve(connection, entries.size()) - entries.size() + 1;
        try (PreparedStatement initiatives = connection.prepareStatement(
                    rows(INSERT_INITIATIVES_H2, REGISTRATION, entries.size(), RULES), new String[] {"id"});
             PreparedStatement authorRows = connection.prepareStatement(
                    rows(INSERT_AUTHORS, AUTHOR, authorCount, AUTHORS_OF_STORED));
             PreparedStatement stepRows = connection.prepareStatement(
                    rows(INSERT_STEPS, STEP, entries.size(), STEPS_OF_STORED));
             PreparedStatement auditRows = connection.prepareStatement(
                    rows(INSERT_AUDIT, AUDIT, entries.size(), AUDIT_OF_STORED))) {
            bindInitiatives(initiatives, 1, entries, firstPosition);
            initiatives.executeUpdate();
            boolean[] written = writtenOf(entries, initiatives.getGeneratedKeys());
            bindAuthors(authorRows, 1, entries);
            authorRows.executeUpdate();
            bindSteps(stepRows, 1, entries);
            stepRows.executeUpdate();
            bindAudit(auditRows, 1, entries);
            auditRows.executeUpdate();
            if (!keyed.isEmpty()) {
                try (PreparedStatement keyRows = connection.prepareStatement(
                        rows(INSERT_KEYS, KEY, keyed.size(), KEYS_OF_STORED))) {
                    bindKeys(keyRows, 1, keyed);
                    keyRows.executeUpdate();
                }
            }
            return written;
        }
    }

    /** After a failed {@link #store}: which of the entries the database holds. */
    public static boolean[] stored(Connection connection, List<Entry> entries) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(rows(SELECT_STORED, "?", entries.size(), ")"))) {
            for (int i = 0; i < entries.size(); i++) {
                select.setLong(i + 1, entries.get(i).initiativeId());
            }
            return writtenOf(entries, select.executeQuery());
        }
    }

    /** Which entries' ids are among the ids of {@code ids} (closed here). */
    private static boolean[] writtenOf(List<Entry> entries, ResultSet ids) throws SQLException {
        Set<Long> found = new HashSet<>();
        try (ids) {
            while (ids.next()) {
                found.add(ids.getLong(1));
            }
        }
        boolean[] written = new boolean[entries.size()];
        for (int i = 0; i < written.length; i++) {
            written[i] = found.contains(entries.get(i).initiativeId());
        }
        return written;
    }

    /** {@code head}, so many {@code row}s and {@code tail}: the same string for the same head and count. */
    private static String rows(String head, String row, int count, String tail) {
        return STATEMENTS.computeIfAbsent(new Shape(head, count, tail),
                shape -> head + " " + String.join(", ", Collections.nCopies(count, row)) + tail);
    }

    /**
     * Binds the rows of {@link #REGISTRATION} from parameter {@code p} on, their ordinals counting
     * from {@code firstOrdinal}; returns the next parameter.
     */
    private static int bindInitiatives(PreparedStatement s, int p, List<Entry> entries, long firstOrdinal)
            throws SQLException {
        long ordinal = firstOrdinal;
        for (Entry e : entries) {
            Draft d = e.draft();
            InitiativeContent c = d.content();
            s.setLong(p++, e.initiativeId());
            s.setString(p++, c.title());
            s.setString(p++, SearchText.of(c.title()));
            s.setString(p++, c.fieldCode());
            s.setString(p++, c.summary());
            for (String text : new String[] {c.currentSituation(), c.solution(), c.novelty(), c.applicability(),
                    c.benefits(), c.socialBenefit(), c.ownerName()}) {
                setNullable(s, p++, text, Types.VARCHAR);
            }
            setNullable(s, p++, c.appliedFrom(), Types.DATE);
            setNullable(s, p++, c.estimatedValueVnd(), Types.BIGINT);
            s.setBoolean(p++, c.confidential());
            setNullable(s, p++, c.confidentialContent(), Types.VARCHAR);
            s.setString(p++, d.status().name());
            s.setObject(p++, utc(d.registeredAt()));
            s.setString(p++, d.registeredBy());
            // The rules: campaign, unit and the registrar's subtree.
            s.setString(p++, d.campaignCode());
            s.setString(p++, d.unitCode());
            s.setString(p++, d.registrarSubtree());
            setNullable(s, p++, d.key() == null ? null : d.key().clientReference(), Types.VARCHAR);
            s.setLong(p++, ordinal++);
        }
        return p;
    }

    private static int bindKeys(PreparedStatement s, int p, List<Entry> keyed) throws SQLException {
        for (Entry e : keyed) {
            s.setString(p++, e.draft().registeredBy());
            s.setString(p++, e.key().clientReference());
            s.setString(p++, e.key().fingerprint());
            s.setLong(p++, e.initiativeId());
            s.setObject(p++, utc(e.draft().registeredAt()));
        }
        return p;
    }

    private static int bindAudit(PreparedStatement s, int p, List<Entry> entries) throws SQLException {
        for (Entry e : entries) {
            Draft d = e.draft();
            s.setLong(p++, e.auditId());
            s.setLong(p++, e.initiativeId());
            s.setObject(p++, utc(d.registeredAt()));
            s.setString(p++, d.registeredBy());
            s.setString(p++, d.channel().name());
            s.setString(p++, d.unitCode());
            s.setString(p++, d.campaignCode() + " " + d.status().name());
        }
        return p;
    }

    private static int bindAuthors(PreparedStatement s, int p, List<Entry> entries) throws SQLException {
        for (Entry e : entries) {
            List<Author> authors = e.content().authors();
            for (int order = 0; order < authors.size(); order++) {
                Author a = authors.get(order);
                s.setLong(p++, e.initiativeId());
                s.setInt(p++, order);
                s.setString(p++, a.getFullName());
                setNullable(s, p++, a.getMemberCode(), Types.VARCHAR);
                setNullable(s, p++, a.getSharePercent(), Types.NUMERIC);
            }
        }
        return p;
    }

    private static int bindSteps(PreparedStatement s, int p, List<Entry> entries) throws SQLException {
        for (Entry e : entries) {
            s.setLong(p++, e.transitionId());
            s.setLong(p++, e.initiativeId());
            s.setString(p++, e.draft().status().name());
            s.setString(p++, e.draft().registeredBy());
            s.setObject(p++, utc(e.draft().registeredAt()));
        }
        return p;
    }
}
