package vn.sangkien.campaign.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import vn.sangkien.campaign.entity.CampaignClosed;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;

/**
 * Moves stored campaign statuses to what their windows say, each in its own transaction and by a
 * conditional update, so that of several instances exactly one makes each move (the others update
 * no row) and only that one raises {@link CampaignClosed}.
 */
@Stateless
public class CampaignTransitions {

    /**
     * A close is acted on this long after closesAt, so that a registration accepted in the last
     * instant of the window has committed before the FINAL snapshot counts.
     */
    static final Duration CLOSING_GRACE = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(CampaignTransitions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CampaignClosed> closed;

    @Inject
    AuditLog audit;

    public List<Long> dueToOpen(Instant now) {
        return em.createQuery("SELECT c.id FROM Campaign c WHERE c.status = :planned AND c.opensAt <= :now"
                        + " AND c.closesAt > :now AND c.closedAt IS NULL", Long.class)
                .setParameter("planned", CampaignStatus.PLANNED).setParameter("now", now).getResultList();
    }

    public List<Long> dueToClose(Instant now) {
        return em.createQuery("SELECT c.id FROM Campaign c WHERE c.status <> :closed AND c.closesAt <= :due",
                        Long.class)
                .setParameter("closed", CampaignStatus.CLOSED).setParameter("due", now.minus(CLOSING_GRACE))
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long campaignId) {
        int moved = em.createQuery("UPDATE Campaign c SET c.status = :open, c.version = c.version + 1"
                        + " WHERE c.id = :id AND c.status = :planned")
                .setParameter("open", CampaignStatus.OPEN).setParameter("planned", CampaignStatus.PLANNED)
                .setParameter("id", campaignId).executeUpdate();
        if (moved == 1) {
            recordByClock(campaignId, "OPEN");
            LOG.info(() -> "Campaign " + campaignId + " opened");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void close(long campaignId, Instant now) {
        int moved = em.createQuery("UPDATE Campaign c SET c.status = :closed, c.closedAt = c.closesAt,"
                        + " c.version = c.version + 1 WHERE c.id = :id AND c.status <> :closed")
                .setParameter("closed", CampaignStatus.CLOSED).setParameter("id", campaignId).executeUpdate();
        if (moved == 1) {
            closed.fire(new CampaignClosed(campaignId, now));
            recordByClock(campaignId, "CLOSE");
            LOG.info(() -> "Campaign " + campaignId + " closed on time");
        }
    }

    /** The clock's change, in the audit trail: no user made it. */
    private void recordByClock(long campaignId, String action) {
        Object[] codes = em.createQuery("SELECT c.code, o.code FROM Campaign c JOIN c.organizer o WHERE c.id = :id",
                Object[].class).setParameter("id", campaignId).getSingleResult();
        audit.record(null, AuditedType.CAMPAIGN, (String) codes[0], (String) codes[1], action, "by its window");
    }
}
