/**
 * Emulation clusters and blocks, their members and the pacts they sign for a campaign with targets and criteria.
 * Uses campaign, identity, organization and platform; it does not know how a pact is scored: evaluation points at cluster, never the other way.
 */
package vn.sangkien.cluster;
