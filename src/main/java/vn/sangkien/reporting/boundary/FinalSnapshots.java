package vn.sangkien.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignClosed;
import vn.sangkien.reporting.entity.SummarySnapshot;

/** Stores the FINAL snapshot of a campaign in the transaction that closes it. */
@ApplicationScoped
public class FinalSnapshots {

    @PersistenceContext
    EntityManager em;

    @Inject
    Summaries summaries;

    void onClose(@Observes CampaignClosed event) {
        Campaign campaign = em.find(Campaign.class, event.campaignId());
        summaries.store(campaign, SummarySnapshot.FINAL, SummarySnapshot.FINAL, event.at());
    }
}
