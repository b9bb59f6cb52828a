package vn.sangkien.campaign.entity;

/** Where a campaign stands against its window. */
public enum CampaignStatus {
    PLANNED, OPEN, CLOSED
}
