package vn.sangkien.demo.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A pact as the load signs it. */
public record PlannedPact(String clusterCode, String campaignCode, LocalDate signedOn, int targetInitiatives,
                          BigDecimal targetCoveragePercent, Map<String, Integer> memberTargets) {
}
