package vn.sangkien.campaign.entity;

import java.time.Instant;

/**
 * A campaign's window has closed, on time or early by hand: observers act in the closing
 * transaction (the FINAL summary snapshot), so the close and its consequences stand or fall together.
 */
public record CampaignClosed(long campaignId, Instant at) {
}
