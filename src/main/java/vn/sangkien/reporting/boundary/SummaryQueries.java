package vn.sangkien.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.sangkien.reporting.entity.UnitFigures;

/**
 * The counting of summaries, set-based: one aggregate query for a campaign's figures and one for
 * the figures of every member of any number of clusters, whatever the number of units. Registered
 * means every status but DRAFT and WITHDRAWN; both trees roll up through materialised paths.
 */
@Stateless
public class SummaryQueries {

    /** Per grassroots unit: registered and recognised initiatives in the campaign's subtree. */
    private static final String PER_UNIT = "SELECT i.unit_id AS unit_id,"
            + " SUM(CASE WHEN i.status NOT IN ('DRAFT', 'WITHDRAWN') THEN 1 ELSE 0 END) AS registered,"
            + " SUM(CASE WHEN i.status = 'RECOGNIZED' THEN 1 ELSE 0 END) AS recognized"
            + " FROM initiative i JOIN campaign c ON c.id = i.campaign_id"
            + " WHERE c.path LIKE ?1 GROUP BY i.unit_id";

    @PersistenceContext
    EntityManager em;

    /** The campaign's figures over one organization's subtree. */
    public UnitFigures overSubtree(String campaignPath, String organizationPath, String organizationCode) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM organization g WHERE g.path LIKE ?2 AND g.org_level = 'GRASSROOTS'),"
                        + " COALESCE(SUM(x.registered), 0), COALESCE(SUM(x.recognized), 0),"
                        + " COALESCE(SUM(CASE WHEN x.registered > 0 THEN 1 ELSE 0 END), 0)"
                        + " FROM (" + PER_UNIT + ") x JOIN organization u ON u.id = x.unit_id"
                        + " WHERE u.path LIKE ?2 AND u.org_level = 'GRASSROOTS'")
                .setParameter(1, campaignPath + "%")
                .setParameter(2, organizationPath + "%")
                .getSingleResult();
        return new UnitFigures(0, organizationCode, number(row[1]), number(row[2]), number(row[0]), number(row[3]));
    }

    /** The campaign's figures for each of the given member units (each over its own subtree). */
    public List<UnitFigures> perMember(String campaignPath, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT m.id, m.code, COUNT(g.id),"
                        + " COALESCE(SUM(x.registered), 0), COALESCE(SUM(x.recognized), 0),"
                        + " COALESCE(SUM(CASE WHEN x.registered > 0 THEN 1 ELSE 0 END), 0)"
                        + " FROM organization m"
                        + " JOIN organization g ON g.path LIKE CONCAT(m.path, '%') AND g.org_level = 'GRASSROOTS'"
                        + " LEFT JOIN (" + PER_UNIT + ") x ON x.unit_id = g.id"
                        + " WHERE m.id IN (" + placeholders(memberIds.size(), 2) + ")"
                        + " GROUP BY m.id, m.code")
                .setParameter(1, campaignPath + "%");
        int position = 2;
        for (Long id : memberIds) {
            query.setParameter(position++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<UnitFigures> figures = new ArrayList<>();
        for (Object[] row : rows) {
            figures.add(new UnitFigures(number(row[0]), (String) row[1], number(row[3]), number(row[4]),
                    number(row[2]), number(row[5])));
        }
        return figures;
    }

    private static String placeholders(int count, int first) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return sql.toString();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
