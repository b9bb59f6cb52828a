package vn.sangkien.reporting.entity;

import java.math.BigDecimal;
import java.util.List;

/** A cluster's or block's figures for one campaign, its members ranked, its blocks nested. */
public record ClusterSummary(String clusterCode, String clusterName, String campaignCode, Integer targetInitiatives,
                             long registered, long recognized, BigDecimal percentOfTarget, long grassrootsUnits,
                             long coveredUnits, BigDecimal coveragePercent, String leaderUnitCode,
                             List<MemberSummary> members, List<ClusterSummary> blocks) {
}
