package vn.sangkien.reporting.entity;

import java.math.BigDecimal;

/** A member unit's figures in a cluster's summary, with its rank among the members. */
public record MemberSummary(String unitCode, long registered, long recognized, long grassrootsUnits,
                            long coveredUnits, BigDecimal coveragePercent, Integer targetInitiatives,
                            boolean targetReached, int rank) {
}
