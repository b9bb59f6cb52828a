package vn.sangkien.demo.entity;

import java.time.Instant;
import java.util.List;

/** Everything the load writes, in the order it writes it, for a load at {@code at}. */
public record DemoPlan(Instant at, List<DemoOrganization> organizations, String password, List<DemoUser> users,
                       List<PlannedCampaign> campaigns, List<DemoCluster> clusters, List<PlannedPact> pacts,
                       List<PlannedInitiative> initiatives) {
}
