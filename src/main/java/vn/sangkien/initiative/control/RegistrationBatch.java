package vn.sangkien.initiative.control;

import static vn.sangkien.platform.persistence.InstantConverter.utc;
import static vn.sangkien.platform.persistence.JdbcParameters.setNullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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

    private static final String INSERT_INITIATIVE = """
            INSERT INTO initiative (id, campaign_id, unit_id, title, title_search, field_code, summary,
                current_situation, solution, novelty, applicability, benefits, social_benefit, owner_name,
                applied_from, estimated_value_vnd, confidential, confidential_content, status, registered_at,
                registered_by, updated_at, version)
            SELECT ?, c.id, u.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            FROM campaign c JOIN organization o ON o.id = c.organizer_id, organization u
            WHERE c.code = ? AND u.code = ? AND u.org_level = 'GRASSROOTS'
              AND u.path LIKE ? AND u.path LIKE (o.path || '%')
              AND (o.path LIKE ? OR ? LIKE (o.path || '%'))
              AND c.opens_at <= ? AND c.closes_at > ? AND (c.closed_at IS NULL OR c.closed_at > ?)
            """;
    private static final String INSERT_AUTHOR = "INSERT INTO initiative_author"
            + " (initiative_id, author_order, full_name, member_code, share_percent) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_STEP = "INSERT INTO initiative_transition"
            + " (id, initiative_id, action, from_status, to_status, actor, happened_at, comment_text)"
            + " VALUES (?, ?, '" + InitiativeTransition.REGISTER + "', NULL, ?, ?, ?, NULL)";

    private RegistrationBatch() {
    }

    /**
     * Writes the entries and tells, entry by entry, whether it was written. Commits nothing: the
     * caller commits or rolls back. Paths must be materialised paths (ids and slashes only).
     */
    public static boolean[] write(Connection connection, List<Entry> entries) throws SQLException {
        boolean[] written = new boolean[entries.size()];
        try (PreparedStatement insert = connection.prepareStatement(INSERT_INITIATIVE)) {
            for (Entry e : entries) {
                bindInitiative(insert, e);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                written[i] = counts[i] == 1;
            }
        }
        try (PreparedStatement authors = connection.prepareStatement(INSERT_AUTHOR);
             PreparedStatement steps = connection.prepareStatement(INSERT_STEP)) {
            for (int i = 0; i < written.length; i++) {
                if (written[i]) {
                    Entry e = entries.get(i);
                    bindAuthors(authors, e);
                    steps.setLong(1, e.transitionId());
                    steps.setLong(2, e.initiativeId());
                    steps.setString(3, e.status().name());
                    steps.setString(4, e.registeredBy());
                    steps.setObject(5, utc(e.registeredAt()));
                    steps.addBatch();
                }
            }
            authors.executeBatch();
            steps.executeBatch();
        }
        return written;
    }

    private static void bindInitiative(PreparedStatement s, Entry e) throws SQLException {
        InitiativeContent c = e.content();
        OffsetDateTime at = utc(e.registeredAt());
        s.setLong(1, e.initiativeId());
        s.setString(2, c.title());
        s.setString(3, SearchText.of(c.title()));
        s.setString(4, c.fieldCode());
        s.setString(5, c.summary());
        int p = 6;
        for (String text : new String[] {c.currentSituation(), c.solution(), c.novelty(), c.applicability(),
                c.benefits(), c.socialBenefit(), c.ownerName()}) {
            setNullable(s, p++, text, Types.VARCHAR);
        }
        setNullable(s, 13, c.appliedFrom(), Types.DATE);
        setNullable(s, 14, c.estimatedValueVnd(), Types.BIGINT);
        s.setBoolean(15, c.confidential());
        setNullable(s, 16, c.confidentialContent(), Types.VARCHAR);
        s.setString(17, e.status().name());
        s.setObject(18, at);
        s.setString(19, e.registeredBy());
        s.setObject(20, at);
        s.setLong(21, INITIAL_VERSION);
        // The rules: campaign and unit, the registrar's subtree (twice: unit, organizer), the instant thrice.
        s.setString(22, e.campaignCode());
        s.setString(23, e.unitCode());
        s.setString(24, e.registrarSubtree() + "%");
        s.setString(25, e.registrarSubtree() + "%");
        s.setString(26, e.registrarSubtree());
        s.setObject(27, at);
        s.setObject(28, at);
        s.setObject(29, at);
    }

    private static void bindAuthors(PreparedStatement s, Entry e) throws SQLException {
        List<Author> authors = e.content().authors();
        for (int order = 0; order < authors.size(); order++) {
            Author a = authors.get(order);
            s.setLong(1, e.initiativeId());
            s.setInt(2, order);
            s.setString(3, a.getFullName());
            setNullable(s, 4, a.getMemberCode(), Types.VARCHAR);
            setNullable(s, 5, a.getSharePercent(), Types.NUMERIC);
            s.addBatch();
        }
    }
}
