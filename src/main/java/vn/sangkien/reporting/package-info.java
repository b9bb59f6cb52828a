/**
 * Summaries of campaigns and clusters (set-based SQL over initiatives), their stored snapshots, standings and the console's figures.
 * Uses cluster, campaign, identity, organization and platform; it reads initiatives through SQL, not through the initiative component.
 */
package vn.sangkien.reporting;
