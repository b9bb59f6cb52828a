/**
 * Campaigns with their windows, targets and timers, and the rubric by which their initiatives are reviewed.
 * Uses identity, organization and platform. The rubric is the campaign's because a campaign sets it; evaluation scores clusters and points at campaign, never the other way.
 */
package vn.sangkien.campaign;
