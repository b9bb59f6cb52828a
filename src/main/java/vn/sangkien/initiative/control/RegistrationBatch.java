package vn.sangkien.initiative.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        int p = 1;
        s.setLong(p++, e.initiativeId());
        s.setString(p++, c.title());
        s.setString(p++, SearchText.of(c.title()));
        s.setString(p++, c.fieldCode());
        s.setString(p++, c.summary());
        p = text(s, p, c.currentSituation(), c.solution(), c.novelty(), c.applicability(), c.benefits(),
                c.socialBenefit(), c.ownerName());
        if (c.appliedFrom() == null) {
            s.setNull(p++, Types.DATE);
        } else {
            s.setObject(p++, c.appliedFrom());
        }
        if (c.estimatedValueVnd() == null) {
            s.setNull(p++, Types.BIGINT);
        } else {
            s.setLong(p++, c.estimatedValueVnd());
        }
        s.setBoolean(p++, c.confidential());
        p = text(s, p, c.confidentialContent());
        s.setString(p++, e.status().name());
        s.setObject(p++, at);
        s.setString(p++, e.registeredBy());
        s.setObject(p++, at);
        s.setLong(p++, INITIAL_VERSION);
        s.setString(p++, e.campaignCode());
        s.setString(p++, e.unitCode());
        s.setString(p++, e.registrarSubtree() + "%");
        s.setString(p++, e.registrarSubtree() + "%");
        s.setString(p++, e.registrarSubtree());
        s.setObject(p++, at);
        s.setObject(p++, at);
        s.setObject(p, at);
    }

    private static void bindAuthors(PreparedStatement s, Entry e) throws SQLException {
        List<Author> authors = e.content().authors();
        for (int order = 0; order < authors.size(); order++) {
            Author a = authors.get(order);
            s.setLong(1, e.initiativeId());
            s.setInt(2, order);
            s.setString(3, a.getFullName());
            text(s, 4, a.getMemberCode());
            if (a.getSharePercent() == null) {
                s.setNull(5, Types.NUMERIC);
            } else {
                s.setBigDecimal(5, a.getSharePercent());
            }
            s.addBatch();
        }
    }

    /** Binds optional texts from parameter {@code p} on; returns the next parameter's index. */
    private static int text(PreparedStatement s, int p, String... values) throws SQLException {
        for (String value : values) {
            if (value == null) {
                s.setNull(p++, Types.VARCHAR);
            } else {
                s.setString(p++, value);
            }
        }
        return p;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
