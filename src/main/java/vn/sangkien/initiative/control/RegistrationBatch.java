package vn.sangkien.initiative.control;

import static vn.sangkien.platform.persistence.InstantConverter.utc;
import static vn.sangkien.platform.persistence.JdbcParameters.setNullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
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
import vn.sangkien.platform.text.SearchText;

/**
 * Writes registrations whose content is already checked, many at once on one connection, inside the
 * caller's transaction: each initiative, its authors and its {@code REGISTER} step, as JPA would
 * write them. The rules on the campaign and the unit are decided by the insert itself, against the
 * rows as they are in this transaction, so that nothing can change between the check and the write:
 * the campaign is open at {@code registeredAt} and visible to the registrar (organized within the
 * registrar's subtree or by one of its ancestors), the unit is a grassroots union within the
 * registrar's subtree and within the organizer's. These are the conditions that
 * {@code InitiativeRegistry.register} checks one by one to name what is wrong; a registration that
 * fails any of them is simply not written here, and goes there to be answered.
 */
public final class RegistrationBatch {

    /** The version of a new row, where JPA's {@code @Version} starts. */
    public static final long INITIAL_VERSION = 1;

    /** One registration: what was checked, by whom, the caller's subtree, and the ids drawn for it. */
    public record Entry(long initiativeId, long transitionId, String campaignCode, String unitCode,
                        InitiativeContent content, InitiativeStatus status, String registeredBy,
                        String registrarSubtree, Instant registeredAt) {
    }

    /**
     * The registrations of a batch are rows of a {@code VALUES} list (one row of {@link #REGISTRATION}
     * each) between this head and {@link #RULES}: one statement, one execution and one round trip for
     * the whole batch, whatever its size.
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
            + " (initiative_id, author_order, full_name, member_code, share_percent) VALUES";
    private static final String AUTHOR = "(?, ?, ?, ?, ?)";
    private static final String INSERT_STEPS = "INSERT INTO initiative_transition"
            + " (id, initiative_id, action, from_status, to_status, actor, happened_at, comment_text) VALUES";
    private static final String STEP = "(?, ?, '" + InitiativeTransition.REGISTER + "', NULL, ?, ?, ?, NULL)";

    /** A statement, by its head, for so many rows. */
    private record Shape(String head, int rows) {
    }

    /**
     * The text of each statement by its number of rows, built once: the same text (the same string)
     * lets the driver and the database reuse its parse and plan, batch after batch. Bounded by the
     * batch size times the largest number of authors.
     */
    private static final Map<Shape, String> STATEMENTS = new ConcurrentHashMap<>();

    private RegistrationBatch() {
    }

    /**
     * Writes the entries and tells, entry by entry, whether it was written. Commits nothing: the
     * caller commits or rolls back. Paths must be materialised paths (ids and slashes only).
     */
    public static boolean[] write(Connection connection, List<Entry> entries) throws SQLException {
        boolean[] written = new boolean[entries.size()];
        if (entries.isEmpty()) {
            return written;
        }
        Set<Long> stored = insertInitiatives(connection, entries);
        List<Entry> writtenEntries = new ArrayList<>(stored.size());
        int authorCount = 0;
        for (int i = 0; i < written.length; i++) {
            Entry e = entries.get(i);
            written[i] = stored.contains(e.initiativeId());
            if (written[i]) {
                writtenEntries.add(e);
                authorCount += e.content().authors().size();
            }
        }
        if (writtenEntries.isEmpty()) {
            return written;
        }
        String authorRows = rows(INSERT_AUTHORS, AUTHOR, authorCount, "");
        String stepRows = rows(INSERT_STEPS, STEP, writtenEntries.size(), "");
        try (PreparedStatement authors = connection.prepareStatement(authorRows);
             PreparedStatement steps = connection.prepareStatement(stepRows)) {
            int a = 1;
            int t = 1;
            for (Entry e : writtenEntries) {
                a = bindAuthors(authors, a, e);
                steps.setLong(t++, e.transitionId());
                steps.setLong(t++, e.initiativeId());
                steps.setString(t++, e.status().name());
                steps.setString(t++, e.registeredBy());
                steps.setObject(t++, utc(e.registeredAt()));
            }
            authors.executeUpdate();
            steps.executeUpdate();
        }
        return written;
    }

    /** The ids of the initiatives written: those whose campaign and unit rows satisfied the rules. */
    private static Set<Long> insertInitiatives(Connection connection, List<Entry> entries) throws SQLException {
        String sql = rows(INSERT_INITIATIVES, REGISTRATION, entries.size(), RULES);
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            int p = 1;
            for (Entry e : entries) {
                p = bindInitiative(insert, p, e);
            }
            insert.executeUpdate();
            Set<Long> ids = new HashSet<>();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        }
    }

    /** {@code head}, so many {@code row}s and {@code tail}: the same string for the same head and count. */
    private static String rows(String head, String row, int count, String tail) {
        return STATEMENTS.computeIfAbsent(new Shape(head, count),
                shape -> head + " " + String.join(", ", Collections.nCopies(count, row)) + tail);
    }

    /** Binds one row of {@link #REGISTRATION} from parameter {@code p} on; returns the next parameter. */
    private static int bindInitiative(PreparedStatement s, int p, Entry e) throws SQLException {
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
        return p;
    }

    private static int bindAuthors(PreparedStatement s, int p, Entry e) throws SQLException {
        List<Author> authors = e.content().authors();
        for (int order = 0; order < authors.size(); order++) {
            Author a = authors.get(order);
            s.setLong(p++, e.initiativeId());
            s.setInt(p++, order);
            s.setString(p++, a.getFullName());
            setNullable(s, p++, a.getMemberCode(), Types.VARCHAR);
            setNullable(s, p++, a.getSharePercent(), Types.NUMERIC);
        }
        return p;
    }
}
