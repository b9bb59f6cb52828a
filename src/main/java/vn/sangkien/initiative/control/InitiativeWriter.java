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
 * that the first statement wrote.
 */
public final class InitiativeWriter {

    /** The version of a new row, where JPA's {@code @Version} starts. */
    public static final long INITIAL_VERSION = 1;

    /** A registration whose content is checked: where, what, by whom from which subtree, and when. */
    public record Draft(String campaignCode, String unitCode, InitiativeContent content, InitiativeStatus status,
                        String registeredBy, String registrarSubtree, Instant registeredAt) {
    }

    /** A draft with the ids drawn for it. */
    public record Entry(long initiativeId, long transitionId, String campaignCode, String unitCode,
                        InitiativeContent content, InitiativeStatus status, String registeredBy,
                        String registrarSubtree, Instant registeredAt) {

        public Entry(long initiativeId, long transitionId, Draft d) {
            this(initiativeId, transitionId, d.campaignCode(), d.unitCode(), d.content(), d.status(), d.registeredBy(),
                    d.registrarSubtree(), d.registeredAt());
        }
    }

    /** The sequences of the ids of an {@link Entry}. */
    public static final String INITIATIVE_SEQUENCE = "initiative_seq";
    public static final String STEP_SEQUENCE = "initiative_transition_seq";

    /**
     * The registrations of a batch are rows of a {@code VALUES} list (one row of {@link #REGISTRATION}
     * each) between this head and {@link #RULES}: one statement for the whole batch, whatever its size.
     */
    private static final String INSERT_INITIATIVES = """
            INSERT INTO initiative (id, campaign_id, unit_id, title, title_search, field_code, summary,
                current_situation, solution, novelty, applicability, benefits, social_benefit, owner_name,
                applied_from, estimated_value_vnd, confidential, confidential_content, status, registered_at,
                registered_by, updated_at, version)
            SELECT r.id, c.id, u.id, r.title, r.title_search, r.field_code, r.summary, r.current_situation,
                r.solution, r.novelty, r.applicability, r.benefits, r.social_benefit, r.owner_name, r.applied_from,
                r.estimated_value_vnd, r.confidential, r.confidential_content, r.status, r.registered_at,
                r.registered_by, r.registered_at, %d
            FROM (VALUES""".formatted(INITIAL_VERSION);
    private static final String RULES = """
            ) AS r (id, title, title_search, field_code, summary, current_situation, solution,
                novelty, applicability, benefits, social_benefit, owner_name, applied_from, estimated_value_vnd,
                confidential, confidential_content, status, registered_at, registered_by, campaign_code,
                unit_code, subtree)
            JOIN campaign c ON c.code = r.campaign_code
            JOIN organization o ON o.id = c.organizer_id
            JOIN organization u ON u.code = r.unit_code
            WHERE u.org_level = 'GRASSROOTS'
              AND u.path LIKE (r.subtree || '%') AND u.path LIKE (o.path || '%')
              AND (o.path LIKE (r.subtree || '%') OR r.subtree LIKE (o.path || '%'))
              AND c.opens_at <= r.registered_at AND c.closes_at > r.registered_at
              AND (c.closed_at IS NULL OR c.closed_at > r.registered_at)
            """;
    /** Typed parameters: neither database can type a bare parameter in a {@code VALUES} list. */
    private static final String REGISTRATION = "(CAST(? AS BIGINT)" + ", CAST(? AS VARCHAR)".repeat(11)
            + ", CAST(? AS DATE), CAST(? AS BIGINT), CAST(? AS BOOLEAN), CAST(? AS VARCHAR), CAST(? AS VARCHAR)"
            + ", CAST(? AS TIMESTAMP WITH TIME ZONE)" + ", CAST(? AS VARCHAR)".repeat(4) + ")";
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
    private static final String SELECT_STORED = "SELECT id FROM initiative WHERE id IN (";
    /** On PostgreSQL the three inserts are parts of one statement, joined by the ids the first returns. */
    private static final String WITH_WRITTEN = "WITH written AS (" + INSERT_INITIATIVES;
    private static final String RETURNING_IDS = RULES + " RETURNING id)";
    private static final String WITH_AUTHORS = ", authors AS (" + INSERT_AUTHORS;
    private static final String WITH_STEPS = "), steps AS (" + INSERT_STEPS;
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
     * <p>On PostgreSQL the three inserts are parts of one statement ({@code WITH written AS (INSERT …
     * RETURNING id), authors AS (INSERT … JOIN written), steps AS (…) SELECT id FROM written}): one round
     * trip, atomic by itself. H2 has no inserts in {@code WITH}: there they are three statements.
     */
    public static boolean[] write(Connection connection, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return new boolean[0];
        }
        int authorCount = entries.stream().mapToInt(e -> e.content().authors().size()).sum();
        if (Databases.isPostgreSQL(connection)) {
            String all = rows(WITH_WRITTEN, REGISTRATION, entries.size(), RETURNING_IDS)
                    + rows(WITH_AUTHORS, AUTHOR, authorCount, AUTHORS_OF_RETURNED)
                    + rows(WITH_STEPS, STEP, entries.size(), STEPS_OF_RETURNED) + SELECT_WRITTEN;
            try (PreparedStatement statement = connection.prepareStatement(all)) {
                bindSteps(statement, bindAuthors(statement, bindInitiatives(statement, 1, entries), entries), entries);
                return writtenOf(entries, statement.executeQuery());
            }
        }
        try (PreparedStatement initiatives = connection.prepareStatement(
                    rows(INSERT_INITIATIVES, REGISTRATION, entries.size(), RULES), new String[] {"id"});
             PreparedStatement authorRows = connection.prepareStatement(
                    rows(INSERT_AUTHORS, AUTHOR, authorCount, AUTHORS_OF_STORED));
             PreparedStatement stepRows = connection.prepareStatement(
                    rows(INSERT_STEPS, STEP, entries.size(), STEPS_OF_STORED))) {
            bindInitiatives(initiatives, 1, entries);
            initiatives.executeUpdate();
            boolean[] written = writtenOf(entries, initiatives.getGeneratedKeys());
            bindAuthors(authorRows, 1, entries);
            authorRows.executeUpdate();
            bindSteps(stepRows, 1, entries);
            stepRows.executeUpdate();
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

    /** Binds the rows of {@link #REGISTRATION} from parameter {@code p} on; returns the next parameter. */
    private static int bindInitiatives(PreparedStatement s, int p, List<Entry> entries) throws SQLException {
        for (Entry e : entries) {
            InitiativeContent c = e.content();
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
            s.setString(p++, e.status().name());
            s.setObject(p++, utc(e.registeredAt()));
            s.setString(p++, e.registeredBy());
            // The rules: campaign, unit and the registrar's subtree.
            s.setString(p++, e.campaignCode());
            s.setString(p++, e.unitCode());
            s.setString(p++, e.registrarSubtree());
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
            s.setString(p++, e.status().name());
            s.setString(p++, e.registeredBy());
            s.setObject(p++, utc(e.registeredAt()));
        }
        return p;
    }
}
