package vn.sangkien.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.reporting.entity.FieldFigures;
import vn.sangkien.reporting.entity.RecognizedInitiative;
import vn.sangkien.reporting.entity.UnitFigures;

/**
 * The counting of summaries, set-based: one aggregate statement for a campaign's figures and one
 * for the figures of every member of any number of clusters, whatever the number of units.
 * Registered means every status but DRAFT and WITHDRAWN; both trees roll up through materialised
 * paths. Grassroots unions and coverage count active unions only: a dissolved union can no longer
 * register, and must not hold coverage below 100 % for ever; its initiatives still count.
 *
 * <p>The paths go into the SQL as literal prefixes, not as parameters. A path is made of ids and
 * slashes only (checked), so nothing a user typed reaches the SQL text; and a literal prefix is
 * what lets the database plan each summary for its own subtree. With parameters, PostgreSQL
 * switches to a generic plan after a few executions that guesses one campaign for any prefix and
 * runs a nested loop over the initiative table (measured: 2.4 s became 11 s on the national
 * programme, bench/summary).
 */
@Stateless
public class SummaryQueries {

    private static final Pattern PATH = Pattern.compile("/(?:[0-9]+/)*");

    @PersistenceContext
    EntityManager em;

    /** The campaign's figures over one organization's subtree. */
    public UnitFigures overSubtree(String campaignPath, String organizationPath, String organizationCode) {
        String units = prefix(organizationPath);
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM organization g WHERE g.path LIKE " + units
                        + " AND g.org_level = 'GRASSROOTS' AND g.active = TRUE),"
                        + " COALESCE(SUM(x.registered), 0), COALESCE(SUM(x.recognized), 0),"
                        + " COUNT(CASE WHEN u.active THEN 1 END)"
                        + " FROM (" + registeredPerUnit(campaignPath, null) + ") x"
                        + " JOIN organization u ON u.id = x.unit_id"
                        + " WHERE u.path LIKE " + units + " AND u.org_level = 'GRASSROOTS'")
                .getSingleResult();
        return new UnitFigures(0, organizationCode, number(row[1]), number(row[2]), number(row[0]), number(row[3]));
    }

    /**
     * The campaign's figures for each of the given member units, each over its own subtree: the
     * members' grassroots unions first (one prefix range of the path index per member), then only
     * their initiatives of the campaign's subtree. Members without a grassroots union are left out.
     */
    public List<UnitFigures> perMember(String campaignPath, Collection<Organization> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = new HashMap<>();
        StringBuilder units = new StringBuilder();
        for (Organization member : members) {
            if (codes.put(member.getId(), member.getCode()) != null) {
                continue;
            }
            units.append(units.length() == 0 ? "" : " UNION ALL ")
                    .append("SELECT CAST(").append(member.getId()).append(" AS BIGINT) AS member_id, g.id AS unit_id, g.active AS active")
                    .append(" FROM organization g WHERE g.path LIKE ").append(prefix(member.getPath()))
                    .append(" AND g.org_level = 'GRASSROOTS'");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH member_unit AS (" + units + "),"
                        + " per_unit AS (" + registeredPerUnit(campaignPath, "SELECT unit_id FROM member_unit") + ")"
                        + " SELECT u.member_id, COUNT(CASE WHEN u.active THEN 1 END), COALESCE(SUM(x.registered), 0),"
                        + " COALESCE(SUM(x.recognized), 0), COUNT(CASE WHEN u.active THEN x.unit_id END)"
                        + " FROM member_unit u LEFT JOIN per_unit x ON x.unit_id = u.unit_id"
                        + " GROUP BY u.member_id")
                .getResultList();
        List<UnitFigures> figures = new ArrayList<>();
        for (Object[] row : rows) {
            long id = number(row[0]);
            figures.add(new UnitFigures(id, codes.get(id), number(row[2]), number(row[3]), number(row[1]),
                    number(row[4])));
        }
        return figures;
    }

    /**
     * Per field of application (in the catalogue's order), the campaign's registered and recognised
     * initiatives of the grassroots unions under any of these paths: the figures of a summary over
     * the same units, cut by field. Fields without any are left out.
     */
    public List<FieldFigures> perField(String campaignPath, Collection<String> unitPaths) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.code, f.name_vi, COUNT(*),"
                        + " SUM(CASE WHEN i.status = 'RECOGNIZED' THEN 1 ELSE 0 END)"
                        + " FROM initiative i JOIN organization u ON u.id = i.unit_id"
                        + " JOIN field_of_application f ON f.code = i.field_code"
                        + " WHERE " + registeredIn(campaignPath, unitPaths)
                        + " GROUP BY f.code, f.name_vi, f.sort_order ORDER BY f.sort_order")
                .getResultList();
        return rows.stream().map(r -> new FieldFigures((String) r[0], (String) r[1], number(r[2]), number(r[3])))
                .toList();
    }

    /**
     * The campaign's recognised initiatives of the grassroots unions under any of these paths, the
     * most valuable first, at most {@code limit}.
     */
    public List<RecognizedInitiative> recognized(String campaignPath, Collection<String> unitPaths, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.title, u.code, u.name, f.name_vi,"
                        + " i.estimated_value_vnd, i.recognition_decision_no, i.recognition_date"
                        + " FROM initiative i JOIN organization u ON u.id = i.unit_id"
                        + " JOIN field_of_application f ON f.code = i.field_code"
                        + " WHERE " + registeredIn(campaignPath, unitPaths) + " AND i.status = 'RECOGNIZED'"
                        + " ORDER BY i.estimated_value_vnd DESC NULLS LAST, i.id")
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new RecognizedInitiative(number(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], r[5] == null ? null : number(r[5]), (String) r[6], localDate(r[7])))
                .toList();
    }

    /** How many initiatives {@link #recognized} finds in all, and their estimated value in đồng. */
    public long[] recognizedTotals(String campaignPath, Collection<String> unitPaths) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(i.estimated_value_vnd), 0)"
                        + " FROM initiative i JOIN organization u ON u.id = i.unit_id"
                        + " WHERE " + registeredIn(campaignPath, unitPaths) + " AND i.status = 'RECOGNIZED'")
                .getSingleResult();
        return new long[] {number(row[0]), number(row[1])};
    }

    /** The condition of {@link #registeredPerUnit} on {@code i}, for the grassroots unions {@code u} under the paths. */
    private static String registeredIn(String campaignPath, Collection<String> unitPaths) {
        if (unitPaths.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder units = new StringBuilder();
        for (String path : unitPaths) {
            units.append(units.length() == 0 ? "(" : " OR ").append("u.path LIKE ").append(prefix(path));
        }
        return "i.campaign_id IN (SELECT c.id FROM campaign c WHERE c.path LIKE " + prefix(campaignPath) + ")"
                + " AND i.status NOT IN ('DRAFT', 'WITHDRAWN') AND u.org_level = 'GRASSROOTS' AND " + units + ")";
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /**
     * Per unit, the registered and recognised initiatives of the campaign's subtree, optionally
     * only of the units a sub-select gives. Only registered rows are read, so a unit listed here
     * is covered.
     */
    private static String registeredPerUnit(String campaignPath, String unitsSelect) {
        return "SELECT i.unit_id AS unit_id, COUNT(*) AS registered,"
                + " SUM(CASE WHEN i.status = 'RECOGNIZED' THEN 1 ELSE 0 END) AS recognized"
                + " FROM initiative i"
                + " WHERE i.campaign_id IN (SELECT c.id FROM campaign c WHERE c.path LIKE " + prefix(campaignPath) + ")"
                + " AND i.status NOT IN ('DRAFT', 'WITHDRAWN')"
                + (unitsSelect == null ? "" : " AND i.unit_id IN (" + unitsSelect + ")")
                + " GROUP BY i.unit_id";
    }

    /** The SQL literal matching a path's subtree; refuses anything but a path of ids. */
    private static String prefix(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalStateException("Not a materialised path: " + path);
        }
        return "'" + path + "%'";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
