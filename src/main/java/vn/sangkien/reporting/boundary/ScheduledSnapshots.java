package vn.sangkien.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.reporting.entity.SummarySnapshot;

/**
 * Takes the SCHEDULED snapshots of every open campaign, once per scheduled time across all
 * instances: each instance's timer fires, the first to lock the run record does the work and
 * notes the time, the others find it locked or done.
 */
@Stateless
public class ScheduledSnapshots {

    static final String LAST_RUN = "summary.last-run";

    @PersistenceContext
    EntityManager em;

    @Inject
    Summaries summaries;

    /**
     * Takes the snapshots unless another instance took them for this scheduled time, which is
     * recognised as a run less than half a period ago.
     *
     * @return how many campaigns were snapshotted (0 when another instance did it)
     */
    public int takeUnlessDone(Instant now, Duration period) {
        // Skipping a row that another instance holds: it is taking them now (and may take longer than
        // the lock timeout), so there is nothing left to do here.
        List<?> rows = em.createNativeQuery("SELECT text_value FROM system_setting WHERE name = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, LAST_RUN).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Object last = rows.get(0);
        if (last != null && Duration.between(Instant.parse((String) last), now).compareTo(period.dividedBy(2)) < 0) {
            return 0;
        }
        em.createNativeQuery("UPDATE system_setting SET text_value = ?1 WHERE name = ?2")
                .setParameter(1, now.toString()).setParameter(2, LAST_RUN).executeUpdate();
        List<Campaign> open = em.createQuery("SELECT c FROM Campaign c WHERE c.opensAt <= :now AND c.closesAt > :now"
                        + " AND c.closedAt IS NULL AND c.status <> :closed", Campaign.class)
                .setParameter("now", now).setParameter("closed", CampaignStatus.CLOSED).getResultList();
        for (Campaign campaign : open) {
            summaries.store(campaign, SummarySnapshot.SCHEDULED, now.toString(), now);
        }
        return open.size();
    }
}
