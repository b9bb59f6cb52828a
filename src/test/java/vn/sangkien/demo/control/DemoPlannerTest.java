package vn.sangkien.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sangkien.demo.entity.DemoContent;
import vn.sangkien.demo.entity.DemoOrganization;
import vn.sangkien.demo.entity.DemoPlan;
import vn.sangkien.demo.entity.DemoUser;
import vn.sangkien.demo.entity.PlannedCampaign;
import vn.sangkien.demo.entity.PlannedInitiative;
import vn.sangkien.demo.entity.PlannedStep;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.identity.entity.Role;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.initiative.control.InitiativeWorkflow;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeStatus;

class DemoPlannerTest {

    private static final Instant AT = Instant.parse("2026-12-04T09:41:27.345Z");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DemoContent content = DemoFiles.read();
    private final DemoPlan plan = DemoPlanner.plan(content, AT);

    @Test
    void the_data_files_hold_the_demo() {
        assertEquals(62, content.organizations().size());
        assertEquals(52, content.organizations().stream().filter(o -> o.level().equals("GRASSROOTS")).count());
        assertEquals(9, content.users().size());
        assertEquals("Demo@2026", content.password());
        assertEquals(6, content.campaigns().size());
        assertEquals(List.of("KH-NT", "KH-CR", "KH-YT", "KH-GD"), content.clusters().get(0).memberCodes());
    }

    @Test
    void campaigns_are_open_closed_and_planned_around_the_load() {
        Map<String, PlannedCampaign> campaigns = plan.campaigns().stream()
                .collect(Collectors.toMap(PlannedCampaign::code, c -> c));
        Map<String, String> expected = Map.of("CT-1TRIEU", "OPEN", "CT-1TRIEU-GD1", "CLOSED", "CT-1TRIEU-GD2", "OPEN",
                "KH-CAODIEM-40N", "OPEN", "KG-CAODIEM-40N", "CLOSED", "KG-CAODIEM-DOT2", "PLANNED");
        expected.forEach((code, status) -> assertEquals(status, statusAt(campaigns.get(code), AT), code));
        PlannedCampaign kh = campaigns.get("KH-CAODIEM-40N");
        LocalDate today = LocalDate.ofInstant(AT, VIETNAM);
        assertEquals(today.minusDays(27).atStartOfDay(VIETNAM).toInstant(), kh.opensAt());
        assertEquals(today.plusDays(13).atStartOfDay(VIETNAM).toInstant(), kh.closesAt());
        for (PlannedCampaign c : plan.campaigns()) {
            if (c.parentCode() != null) {
                PlannedCampaign parent = campaigns.get(c.parentCode());
                assertFalse(c.opensAt().isBefore(parent.opensAt()), c.code());
                assertFalse(c.closesAt().isAfter(parent.closesAt()), c.code());
            }
        }
        assertEquals(LocalDate.ofInstant(kh.opensAt(), VIETNAM), plan.pacts().get(0).signedOn());
        assertEquals(200, plan.pacts().get(0).targetInitiatives());
    }

    @Test
    void initiatives_end_in_the_template_counts_per_status_and_campaign() {
        assertEquals(830, plan.initiatives().size());
        Map<InitiativeStatus, Integer> byStatus = new EnumMap<>(InitiativeStatus.class);
        plan.initiatives().forEach(i -> byStatus.merge(i.status(), 1, Integer::sum));
        assertEquals(content.initiatives().statusCounts(), byStatus);
        Map<String, Long> byCampaign = plan.initiatives().stream()
                .collect(Collectors.groupingBy(PlannedInitiative::campaignCode, Collectors.counting()));
        assertEquals(Set.of("CT-1TRIEU", "CT-1TRIEU-GD2", "KH-CAODIEM-40N", "KG-CAODIEM-40N"), byCampaign.keySet());
        Map<String, PlannedCampaign> campaigns = plan.campaigns().stream()
                .collect(Collectors.toMap(PlannedCampaign::code, c -> c));
        Map<String, DemoOrganization> organizations = content.organizations().stream()
                .collect(Collectors.toMap(DemoOrganization::code, o -> o));
        long units = plan.initiatives().stream().map(PlannedInitiative::unitCode).distinct().count();
        assertTrue(units >= 40 && units < 52, "most grassroots unions, not all: " + units);
        for (PlannedInitiative i : plan.initiatives()) {
            PlannedCampaign campaign = campaigns.get(i.campaignCode());
            assertEquals("GRASSROOTS", organizations.get(i.unitCode()).level());
            assertTrue(path(organizations, i.unitCode()).contains("/" + campaign.organizerCode() + "/"), i.unitCode());
            assertFalse(i.registeredAt().isBefore(campaign.opensAt()), "registered inside the window");
            assertTrue(i.registeredAt().isBefore(campaign.closesAt()), "registered inside the window");
            assertTrue(i.registeredAt().isAfter(AT.minusSeconds(61L * 86_400)), "in the last 60 days");
            assertTrue(i.updatedAt().isBefore(AT), "before the load");
        }
    }

    @Test
    void authors_have_shares_all_or_none_and_members_author_their_own() {
        Map<String, DemoUser> users = users();
        for (PlannedInitiative i : plan.initiatives()) {
            List<Author> authors = i.content().authors();
            assertTrue(authors.size() >= 1 && authors.size() <= 3);
            long withShare = authors.stream().filter(a -> a.getSharePercent() != null).count();
            assertTrue(withShare == 0 || withShare == authors.size(), "all or none");
            if (withShare > 0) {
                assertEquals(0, BigDecimal.valueOf(100).compareTo(authors.stream().map(Author::getSharePercent)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
            DemoUser registrar = users.get(i.registeredBy());
            if (registrar.role().equals("MEMBER")) {
                assertEquals(registrar.fullName(), authors.get(0).getFullName());
                assertEquals(registrar.memberCode(), authors.get(0).getMemberCode());
            }
            assertNotNull(i.content().ownerName());
        }
    }

    /** Every step follows the workflow and is one its actor may take (InitiativeWorkflow and Privileges decide). */
    @Test
    void histories_follow_the_workflow_taken_by_who_may_take_each_step() {
        Map<String, DemoOrganization> organizations = content.organizations().stream()
                .collect(Collectors.toMap(DemoOrganization::code, o -> o));
        Map<String, UserPrincipal> principals = new HashMap<>();
        long userId = 1;
        for (DemoUser u : content.users()) {
            principals.put(u.username(), new UserPrincipal(userId++, u.username(), u.fullName(), userId,
                    u.organizationCode(), path(organizations, u.organizationCode()), Set.of(Role.valueOf(u.role()))));
        }
        Map<String, List<LocalDate>> decisions = new HashMap<>();
        for (PlannedInitiative i : plan.initiatives()) {
            UserPrincipal registrar = principals.get(i.registeredBy());
            assertTrue(Privileges.holds(registrar, Privileges.Capability.REGISTER_INITIATIVES));
            assertTrue(Set.of(InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED).contains(i.registeredAs()));
            InitiativeStatus status = i.registeredAs();
            Instant previous = i.registeredAt();
            Set<String> verifiedBy = new java.util.HashSet<>();
            for (PlannedStep step : i.steps()) {
                UserPrincipal actor = principals.get(step.actor());
                assertEquals(status, step.from(), "from = previous to");
                assertEquals(InitiativeWorkflow.Verdict.ALLOWED, InitiativeWorkflow.check(step.action(), status, actor.roles()),
                        step + " by " + step.actor());
                assertEquals(step.to(), InitiativeWorkflow.target(step.action(), status));
                var capability = InitiativeWorkflow.step(step.action(), status).orElseThrow().capability();
                assertEquals(Privileges.Verdict.ALLOWED, Privileges.initiative(actor, capability, new Privileges.InitiativeFacts(
                        path(organizations, i.unitCode()), i.registeredBy(), Set.copyOf(verifiedBy))), step.toString());
                assertTrue(step.at().isAfter(previous), "time goes on");
                if (step.action().needsComment()) {
                    assertNotNull(step.comment());
                }
                if (step.action() == Action.VERIFY) {
                    verifiedBy.add(step.actor());
                }
                if (step.action() == Action.RECOGNIZE) {
                    assertNotNull(step.decisionNumber());
                    assertEquals(LocalDate.ofInstant(step.at(), VIETNAM), step.decisionDate());
                    decisions.computeIfAbsent(step.decisionNumber() + " " + actor.organizationCode(), k -> new java.util.ArrayList<>())
                            .add(step.decisionDate());
                } else {
                    assertNull(step.decisionNumber());
                }
                status = step.to();
                previous = step.at();
            }
        }
        assertTrue(decisions.values().stream().allMatch(d -> d.size() == 1), "one decision number per recognition and province");
    }

    @Test
    void the_plan_is_the_same_for_the_same_instant() {
        DemoPlan again = DemoPlanner.plan(DemoFiles.read(), AT);
        assertEquals(render(plan), render(again));
        assertEquals(plan.campaigns(), again.campaigns());
        assertFalse(render(plan).equals(render(DemoPlanner.plan(content, AT.plusSeconds(86_400)))), "dates follow the load");
    }

    private static String render(DemoPlan plan) {
        return plan.initiatives().stream().map(i -> i.campaignCode() + i.unitCode() + i.registeredBy() + i.registeredAt()
                + i.registeredAs() + i.content().title() + i.content().summary() + i.content().benefits()
                + i.content().authors().stream().map(a -> a.getFullName() + a.getMemberCode() + a.getSharePercent())
                        .collect(Collectors.joining(",")) + i.steps()).collect(Collectors.joining("\n"));
    }

    private Map<String, DemoUser> users() {
        return content.users().stream().collect(Collectors.toMap(DemoUser::username, u -> u));
    }

    /** A materialised path of codes, as the database's of ids: /TLD/KG/KG-RG/KG-RG-001/. */
    private static String path(Map<String, DemoOrganization> organizations, String code) {
        DemoOrganization o = organizations.get(code);
        return (o == null ? "/" : path(organizations, o.parentCode())) + code + "/";
    }

    private static String statusAt(PlannedCampaign c, Instant at) {
        return at.isBefore(c.opensAt()) ? "PLANNED" : at.isBefore(c.closesAt()) ? "OPEN" : "CLOSED";
    }
}
