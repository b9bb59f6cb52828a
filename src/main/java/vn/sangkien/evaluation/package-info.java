/**
 * The scoring of a cluster's members against their pact's weighted criteria, with evaluators' manual points.
 * Uses reporting (the figures it scores), cluster, campaign, identity, organization and platform; nothing below it knows it.
 */
package vn.sangkien.evaluation;
