package vn.sangkien.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.initiative.boundary.FieldCatalog;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.reporting.boundary.ConsoleFigures;
import vn.sangkien.reporting.boundary.Summaries;
import vn.sangkien.reporting.entity.CampaignSummary;
import vn.sangkien.reporting.entity.ClusterSummary;
import vn.sangkien.reporting.entity.MemberSummary;

/** index.xhtml: the dashboard of the user's subtree. */
@Named
@RequestScoped
public class IndexBacking {

    /** An open campaign with its progress. */
    public record CampaignProgress(String code, String name, Integer target, long registered, long recognized,
                                   BigDecimal percentOfTarget, BigDecimal coveragePercent, long coveredUnits,
                                   long grassrootsUnits) {
        public int getProgress() {
            return percentOfTarget == null ? 0 : Math.min(100, percentOfTarget.intValue());
        }
    }

    /** One row of the leaderboard: the unit by its name, with its code beside it. */
    public record Standing(String campaignCode, String campaignName, String clusterName, String unitCode,
                           String unitName, int rank, long registered, Integer target, boolean reached, boolean leader) {
    }

    /** What waits for the user: a status whose initiatives the user's role acts on, and how many. */
    public record Waiting(String status, long count) {
    }

    static final int OPEN_CAMPAIGNS = 5;

    @Inject
    Caller caller;
    @Inject
    ConsoleFigures figures;
    @Inject
    CampaignRegistry campaigns;
    @Inject
    Summaries summaries;
    @Inject
    FieldCatalog fields;
    @Inject
    OrganizationRegistry organizations;

    private final List<CampaignProgress> openCampaigns = new ArrayList<>();
    private final List<Standing> leaderboard = new ArrayList<>();
    private final List<Waiting> waiting = new ArrayList<>();
    private Map<String, Long> byStatus;
    private long total;
    private String perDayChart;
    private String statusChart;
    private String fieldChart;

    @PostConstruct
    void load() {
        // The open campaigns of the user's own level and above (those its units take part in); the
        // campaigns of the units below are on the campaigns page. One summary each, at most five.
        List<Long> lineage = caller.lineage();
        List<Campaign> open = campaigns.list(null, null, "OPEN", new ListParameters("0", "200")).items().stream()
                .filter(c -> lineage.contains(c.getOrganizer().getId())).limit(OPEN_CAMPAIGNS).toList();
        Map<Campaign, List<ClusterSummary>> clustersOf = new LinkedHashMap<>();
        for (Campaign c : open) {
            CampaignSummary s = summaries.ofCampaign(c.getCode());
            openCampaigns.add(new CampaignProgress(c.getCode(), c.getName(), s.targetInitiatives(), s.registered(),
                    s.recognized(), s.percentOfTarget(), s.coveragePercent(), s.coveredUnits(), s.grassrootsUnits()));
            clustersOf.put(c, s.clusters());
        }
        // The leaders' names in one query for all the clusters (the summaries hold their codes).
        Map<String, String> names = organizations.namesOf(clustersOf.values().stream().flatMap(List::stream)
                .flatMap(cluster -> cluster.members().stream()).map(MemberSummary::unitCode).collect(Collectors.toSet()));
        clustersOf.forEach((c, clusters) -> {
            for (ClusterSummary cluster : clusters) {
                cluster.members().stream().sorted(Comparator.comparingInt(MemberSummary::rank)).limit(5)
                        .forEach(m -> leaderboard.add(new Standing(c.getCode(), c.getName(), cluster.clusterName(),
                                m.unitCode(), names.getOrDefault(m.unitCode(), m.unitCode()), m.rank(), m.registered(),
                                m.targetInitiatives(), m.targetReached(), m.unitCode().equals(cluster.leaderUnitCode()))));
            }
        });
        byStatus = figures.byStatus();
        total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        // What waits for the caller, by what Privileges lets them do with it.
        if (caller.holds(Capability.HANDLE_SUBMITTED)) {
            waiting.add(new Waiting(InitiativeStatus.SUBMITTED.name(), count(InitiativeStatus.SUBMITTED)));
        }
        if (caller.holds(Capability.REVIEW_VERIFIED)) {
            waiting.add(new Waiting(InitiativeStatus.VERIFIED.name(), count(InitiativeStatus.VERIFIED)));
        }
        if (caller.holds(Capability.REGISTER_INITIATIVES)) {
            waiting.add(new Waiting(InitiativeStatus.RETURNED.name(), count(InitiativeStatus.RETURNED)));
            waiting.add(new Waiting(InitiativeStatus.DRAFT.name(), count(InitiativeStatus.DRAFT)));
        }

        Map<LocalDate, Long> perDay = figures.registrationsPerDay(30);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM");
        perDayChart = Charts.line(perDay.keySet().stream().map(day::format).toList(),
                new Charts.Series(Faces.label("dashboard.perDay.series"), List.copyOf(perDay.values())),
                new Charts.Axes(Faces.label("chart.axis.day"), Faces.label("chart.axis.initiatives")));
        List<String> statuses = byStatus.keySet().stream().toList();
        statusChart = Charts.doughnut(statuses.stream().map(s -> Faces.label("status." + s)).toList(),
                new Charts.Series(Faces.label("dashboard.byStatus"), statuses.stream().map(byStatus::get).toList()));
        Map<String, Long> byField = figures.byField();
        List<String> fieldLabels = byField.keySet().stream().map(code -> fields.nameOf(code, Faces.locale())).toList();
        fieldChart = Charts.horizontalBar(fieldLabels, List.of(new Charts.Series(Faces.label("dashboard.byField.series"),
                List.copyOf(byField.values()))), new Charts.Axes(Faces.label("initiative.field"),
                Faces.label("chart.axis.initiatives")));
    }

    private long count(InitiativeStatus status) {
        return byStatus.getOrDefault(status.name(), 0L);
    }

    /**
     * A percentage in the page's language to one decimal: "12,5 %" in Vietnamese, "12.5 %" in English
     * (a space before the sign, as Vietnamese documents write it); "—" when there is none.
     */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Faces.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value) + " %";
    }

    public List<CampaignProgress> getOpenCampaigns() {
        return openCampaigns;
    }

    public List<Standing> getLeaderboard() {
        return leaderboard;
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }

    public long getTotal() {
        return total;
    }

    public long getRecognized() {
        return count(InitiativeStatus.RECOGNIZED);
    }

    public long getRegistered() {
        return byStatus.entrySet().stream().filter(e -> InitiativeStatus.valueOf(e.getKey()).isRegistered())
                .mapToLong(Map.Entry::getValue).sum();
    }

    public String getPerDayChart() {
        return perDayChart;
    }

    public String getStatusChart() {
        return statusChart;
    }

    public String getFieldChart() {
        return fieldChart;
    }
}
