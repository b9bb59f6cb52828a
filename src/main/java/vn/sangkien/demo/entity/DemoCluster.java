package vn.sangkien.demo.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An emulation cluster of {@code demo/clusters.json} with the pacts it signs. */
public record DemoCluster(String code, String name, String organizerCode, String headCode, List<String> memberCodes,
                          List<Pact> pacts) {

    /** A pact on a campaign, signed on the day the campaign opens; member targets in the members' order. */
    public record Pact(String campaignCode, int targetInitiatives, BigDecimal targetCoveragePercent,
                       Map<String, Integer> memberTargets) {
    }
}
