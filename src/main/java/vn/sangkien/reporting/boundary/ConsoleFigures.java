package vn.sangkien.reporting.boundary;

import vn.sangkien.platform.time.Moments;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sangkien.identity.boundary.Caller;

/**
 * The console dashboard's figures over the caller's subtree, each one aggregate query (GROUP BY),
 * whatever the number of initiatives: registrations per day, initiatives by status and by field.
 */
@Stateless
public class ConsoleFigures {


    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** Initiatives registered per day (in Vietnam) over the last {@code days} days, every day present. */
    public Map<LocalDate, Long> registrationsPerDay(int days) {
        LocalDate today = LocalDate.now(Moments.VIETNAM);
        LocalDate first = today.minusDays(days - 1L);
        var query = em.createNativeQuery("SELECT CAST((i.registered_at AT TIME ZONE '" + Moments.VIETNAM_ZONE + "') AS DATE) d,"
                        + " COUNT(*) FROM initiative i WHERE i.registered_at >= ?1" + inSubtree(" AND", 2) + " GROUP BY d ORDER BY d")
                .setParameter(1, first.atStartOfDay(Moments.VIETNAM).toOffsetDateTime());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bindSubtree(query, 2).getResultList();
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.put(d, 0L);
        }
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date date ? date.toLocalDate() : (LocalDate) row[0];
            perDay.computeIfPresent(day, (d, n) -> ((Number) row[1]).longValue());
        }
        return perDay;
    }

    /** Initiatives of the subtree by status. */
    public Map<String, Long> byStatus() {
        return grouped("i.status");
    }

    /** Initiatives of the subtree by field of application. */
    public Map<String, Long> byField() {
        return grouped("i.field_code");
    }

    /**
     * The caller's subtree as a condition on the initiatives' units: none for the national
     * organization's users (the whole tree: an aggregate over the initiative table alone, served by
     * its indexes, instead of a join of every row), else the units whose path starts with the caller's.
     */
    private String inSubtree(String keyword, int parameter) {
        return wholeTree() ? ""
                : keyword + " i.unit_id IN (SELECT u.id FROM organization u WHERE u.path LIKE ?" + parameter + ")";
    }

    private jakarta.persistence.Query bindSubtree(jakarta.persistence.Query query, int parameter) {
        return wholeTree() ? query : query.setParameter(parameter, caller.subtreePath() + "%");
    }

    private boolean wholeTree() {
        return caller.lineage().size() == 1;
    }

    private Map<String, Long> grouped(String column) {
        var query = em.createNativeQuery("SELECT " + column + ", COUNT(*) FROM initiative i" + inSubtree(" WHERE", 1)
                + " GROUP BY " + column + " ORDER BY " + column);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bindSubtree(query, 1).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
