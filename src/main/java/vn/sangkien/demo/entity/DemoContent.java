package vn.sangkien.demo.entity;

import java.util.List;

/** The demo's data files, read: {@code src/main/resources/demo/*.json}. */
public record DemoContent(List<DemoOrganization> organizations, String password, List<DemoUser> users,
                          List<DemoCampaign> campaigns, List<DemoCluster> clusters, InitiativeTemplate initiatives) {
}
