package vn.sangkien.demo.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** A campaign as the load creates it: its window fixed to instants, inside its parent's. */
public record PlannedCampaign(String code, String name, String organizerCode, String parentCode, Instant opensAt,
                              Instant closesAt, Integer targetInitiatives, BigDecimal targetCoveragePercent) {
}
