package vn.sangkien.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.reporting.entity.StoredReport;

/**
 * The reports stored on the reporting schedule ({@link ReportJobs}): an xlsx review of every open
 * campaign each round, once per round across all instances, kept for the retention; listed and
 * read by those in whose subtree the campaign's organizer is.
 */
@Stateless
public class StoredReports {

    static final String NEXT_DUE = "report.next-due";

    /** A stored report as lists show it. */
    public record Entry(long id, String campaignCode, String kind, Instant generatedAt, String format)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewReports reports;

    @Inject
    Summaries summaries;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "SANGKIEN_REPORT_RETENTION_DAYS", defaultValue = "400")
    int retentionDays;

    /**
     * Stores the round due now unless another instance did: the first to lock the round's row finds
     * it due (its instant passed), stores, and writes when the next round is due; the others find it
     * locked or not due. On a first start nothing is due yet; after a downtime the missed round is due.
     *
     * @return how many campaigns got a report (0 when none was due here)
     */
    public int storeUnlessDone(Instant now, Instant nextDue) {
        List<?> rows = em.createNativeQuery("SELECT text_value FROM system_setting WHERE name = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, NEXT_DUE).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Instant due = rows.get(0) == null ? null : Instant.parse((String) rows.get(0));
        if (due != null && due.isAfter(now) && !due.isAfter(nextDue)) {
            return 0;
        }
        em.createNativeQuery("UPDATE system_setting SET text_value = ?1 WHERE name = ?2")
                .setParameter(1, nextDue.toString()).setParameter(2, NEXT_DUE).executeUpdate();
        if (due == null || due.isAfter(now)) {
            // A first start, or a schedule changed to an earlier round: nothing was due yet.
            return 0;
        }
        List<Campaign> open = em.createQuery("SELECT c FROM Campaign c WHERE c.opensAt <= :now AND c.closesAt > :now"
                        + " AND c.closedAt IS NULL AND c.status <> :closed ORDER BY c.code", Campaign.class)
                .setParameter("now", now).setParameter("closed", CampaignStatus.CLOSED).getResultList();
        for (Campaign campaign : open) {
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            ReportFormat.XLSX.write(reports.ofCampaign(campaign, summaries.compute(campaign, now)), xlsx);
            em.persist(new StoredReport(campaign.getId(), StoredReport.INTERIM, "xlsx", now, xlsx.toByteArray()));
            audit.record(null, AuditedType.CAMPAIGN, campaign.getCode(), campaign.getOrganizer().getCode(), "REPORT",
                    "xlsx " + now);
        }
        em.createQuery("DELETE FROM StoredReport r WHERE r.generatedAt < :before")
                .setParameter("before", now.minus(Duration.ofDays(retentionDays))).executeUpdate();
        return open.size();
    }

    /** The stored reports the caller may read, newest first, of one campaign or of all. */
    public Page<Entry> list(String campaignCode, ListParameters params) {
        params.check();
        String where = " FROM StoredReport r, Campaign c JOIN c.organizer o WHERE c.id = r.campaignId"
                + " AND o.path LIKE :subtree" + (campaignCode == null ? "" : " AND c.code = :code");
        var count = em.createQuery("SELECT COUNT(r)" + where, Long.class).setParameter("subtree", subtree());
        var items = em.createQuery("SELECT NEW " + Entry.class.getName().replace('$', '.')
                        + "(r.id, c.code, r.kind, r.generatedAt, r.format)" + where
                        + " ORDER BY r.generatedAt DESC, r.id DESC", Entry.class)
                .setParameter("subtree", subtree());
        if (campaignCode != null) {
            count.setParameter("code", campaignCode);
            items.setParameter("code", campaignCode);
        }
        return params.page(items.setFirstResult(params.offset()).setMaxResults(params.size()).getResultList(),
                count.getSingleResult());
    }

    /** A stored report the caller may read; 404 otherwise. */
    public StoredReport find(long id) {
        List<StoredReport> found = em.createQuery("SELECT r FROM StoredReport r, Campaign c JOIN c.organizer o"
                        + " WHERE r.id = :id AND c.id = r.campaignId AND o.path LIKE :subtree", StoredReport.class)
                .setParameter("id", id).setParameter("subtree", subtree()).getResultList();
        return found.stream().findFirst().orElseThrow(BusinessException::notFound);
    }

    /** Reports of campaigns organized in the caller's subtree: a province's are not its units' reading. */
    private String subtree() {
        return caller.subtreePath() + "%";
    }
}
