package vn.sangkien.view.clusters;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.StreamedContent;
import vn.sangkien.cluster.boundary.ClusterRegistry;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.cluster.entity.Criterion;
import vn.sangkien.cluster.entity.Pact;
import vn.sangkien.evaluation.boundary.Evaluations;
import vn.sangkien.evaluation.control.PactScoring;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.boundary.ReportFormat;
import vn.sangkien.reporting.boundary.ReviewReports;
import vn.sangkien.reporting.boundary.Summaries;
import vn.sangkien.reporting.entity.CampaignSummary;
import vn.sangkien.reporting.entity.ClusterSummary;
import vn.sangkien.reporting.entity.MemberSummary;
import vn.sangkien.reporting.entity.SummarySnapshot;
import vn.sangkien.view.Charts;
import vn.sangkien.view.Faces;
import vn.sangkien.view.ReportDownload;
import vn.sangkien.view.CampaignChoices;

/**
 * clusters/detail.xhtml?code=[&amp;campaign=]: a cluster, its pacts, its summary in a pact's campaign
 * (registered against target per member as a bar chart, coverage, leader), the pact's evaluation
 * with its criteria, and the history of the campaign's snapshots as a line chart. A manager signs a
 * new pact here with its criteria and weights; an evaluator gives a member manual points. Both go
 * through the registries the API calls, whose rules refuse bad input beside its field.
 */
@Named
@ViewScoped
public class ClusterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SNAPSHOTS = 100;
    /** The height of one member's row in the standings chart, and of its axes and legend. */
    private static final int ROW_PX = 56;
    private static final int FRAME_PX = 110;

    /** One member's own target in the pact form. */
    public static class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String unitCode;
        private Integer targetInitiatives;

        TargetRow(String unitCode) {
            this.unitCode = unitCode;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public Integer getTargetInitiatives() {
            return targetInitiatives;
        }

        public void setTargetInitiatives(Integer targetInitiatives) {
            this.targetInitiatives = targetInitiatives;
        }
    }

    @Inject
    ClusterRegistry clusters;
    @Inject
    Summaries summaries;
    @Inject
    Evaluations evaluations;
    @Inject
    ReviewReports reports;
    @Inject
    Caller caller;

    private String code;
    private String campaign;
    private String name;
    private String organizerCode;
    private String headUnitCode;
    private List<String> members;
    /** The names of the organizer and the members, by code: the page shows names, codes beside them. */
    private Map<String, String> names;
    private List<Pact> pacts;
    private ClusterSummary summary;
    private Evaluations.Evaluation evaluation;
    private List<SummarySnapshot> snapshots;
    private String memberChart;
    private String historyChart;
    private boolean maySign;
    private boolean mayScore;

    private String pactCampaign;
    private LocalDate signedOn;
    private Integer pactTarget;
    private BigDecimal pactCoverage;
    private List<TargetRow> targets;
    private List<CriterionRow> criteria;

    private String scoreUnit;
    private BigDecimal scorePoints;
    private String scoreNote;

    public void load() {
        try {
            Cluster cluster = clusters.find(code);
            name = cluster.getName();
            organizerCode = cluster.getOrganizer().getCode();
            headUnitCode = cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getCode();
            members = cluster.getMembers().stream().map(Organization::getCode).toList();
            names = new HashMap<>();
            names.put(organizerCode, cluster.getOrganizer().getName());
            cluster.getMembers().forEach(m -> names.put(m.getCode(), m.getName()));
            targets = members.stream().map(TargetRow::new).toList();
            // The form starts from the criteria a pact without any is scored on, so that what is shown is what counts.
            criteria = new ArrayList<>(PactScoring.DEFAULT_CRITERIA.stream()
                    .map(c -> new CriterionRow(c.getCriterion().name(), c.getWeight())).toList());
            pacts = clusters.pactsOf(cluster);
            maySign = caller.holds(Capability.MANAGE_CLUSTERS);
            mayScore = caller.holds(Capability.SCORE_CLUSTERS);
            if ((campaign == null || campaign.isBlank()) && !pacts.isEmpty()) {
                campaign = pacts.get(0).getCampaign().getCode();
            }
            if (campaign != null && !campaign.isBlank()) {
                summary = summaries.ofCluster(code, campaign);
                snapshots = new ArrayList<>(summaries.snapshots(campaign,
                        new ListParameters("0", String.valueOf(SNAPSHOTS))).items());
                Collections.reverse(snapshots);
                evaluate();
            }
        } catch (BusinessException e) {
            Faces.notFound();
        }
    }

    /** The evaluation under the campaign's pact (a block's is its cluster's); none without a pact. */
    private void evaluate() {
        try {
            evaluation = evaluations.evaluate(code, campaign);
        } catch (BusinessException noPact) {
            evaluation = null;
        }
    }

    public void sign() {
        try {
            List<ClusterRegistry.MemberTargetDraft> memberTargets = targets.stream()
                    .filter(t -> t.getTargetInitiatives() != null)
                    .map(t -> new ClusterRegistry.MemberTargetDraft(t.getUnitCode(), t.getTargetInitiatives())).toList();
            // Every row goes to the registry, so that its refusal of row i lands beside row i.
            List<ClusterRegistry.CriterionDraft> weights = criteria.stream()
                    .map(c -> new ClusterRegistry.CriterionDraft(c.getCriterion(), c.getWeight())).toList();
            clusters.sign(code, new ClusterRegistry.PactDraft(pactCampaign, signedOn, pactTarget, pactCoverage,
                    memberTargets, weights), new Violations());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Faces.info("cluster.pact.signed", pactCampaign);
            external.redirect(external.getRequestContextPath() + "/clusters/detail.xhtml?code="
                    + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&campaign="
                    + URLEncoder.encode(pactCampaign.strip(), StandardCharsets.UTF_8));
        } catch (BusinessException e) {
            Faces.show(e, "pactForm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow(null, null));
    }

    public void removeCriterion(int index) {
        criteria.remove(index);
    }

    /** An evaluator's manual points for a member; the evaluation shown is then read again. */
    public void givePoints() {
        try {
            evaluations.givePoints(code, campaign, scoreUnit, scorePoints, scoreNote, new Violations());
            Faces.info("cluster.score.saved", nameOf(scoreUnit));
            scorePoints = null;
            scoreNote = null;
            evaluate();
        } catch (BusinessException e) {
            Faces.show(e, "scoreForm");
        }
    }

    /** A member's or the organizer's name; the code when it is neither. */
    public String nameOf(String unitCode) {
        return unitCode == null ? "" : names.getOrDefault(unitCode, unitCode);
    }

    /** A criterion's share of the pact's total weight in percent, as the weighted mean counts it. */
    public BigDecimal shareOf(CriterionRow row) {
        BigDecimal total = criteria.stream().map(CriterionRow::getWeight)
                .filter(w -> w != null && w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weight = row.getWeight();
        return weight == null || weight.signum() <= 0 || total.signum() == 0 ? null
                : weight.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }

    /** The pact on the campaign shown, when this cluster signed one. */
    public Pact getPact() {
        return pacts == null ? null : pacts.stream().filter(p -> p.getCampaign().getCode().equals(campaign))
                .findFirst().orElse(null);
    }

    public String getCampaignLabel() {
        Pact pact = getPact();
        return pact == null ? campaign : CampaignChoices.label(pact.getCampaign().getName(), campaign);
    }

    /** Whether the pact counts manual points at all: the score form says so when it does not. */
    public boolean isManualCounted() {
        return evaluation != null && evaluation.criteria().stream().anyMatch(c -> c.getCriterion() == Criterion.MANUAL_POINTS);
    }

    public Criterion[] getCriterionChoices() {
        return Criterion.values();
    }

    /**
     * Registered against target per member, one bar row per member with its name: built while the
     * page renders, in the page's language (a view action runs before the page's locale is set).
     */
    public String getMemberChart() {
        if (memberChart == null && summary != null) {
            memberChart = Charts.horizontalBar(summary.members().stream().map(m -> nameOf(m.unitCode())).toList(), List.of(
                    new Charts.Series(Faces.label("cluster.registered"),
                            summary.members().stream().map(MemberSummary::registered).toList()),
                    new Charts.Series(Faces.label("campaign.target"), summary.members().stream()
                            .map(m -> m.targetInitiatives() == null ? 0 : m.targetInitiatives()).toList())),
                    new Charts.Axes(Faces.label("cluster.member"), Faces.label("chart.axis.initiatives")));
        }
        return memberChart;
    }

    /** Tall enough for every member's row: the chart fills it. */
    public int getMemberChartHeight() {
        return FRAME_PX + ROW_PX * (summary == null ? 1 : Math.max(2, summary.members().size()));
    }

    /** The cluster's registered initiatives at each stored snapshot; null when none holds the cluster. */
    public String getHistoryChart() {
        if (historyChart == null && snapshots != null) {
            List<String> when = new ArrayList<>();
            List<Long> registered = new ArrayList<>();
            DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(Moments.VIETNAM);
            for (SummarySnapshot s : snapshots) {
                find(Summaries.parse(s), code).ifPresent(c -> {
                    when.add(format.format(s.getGeneratedAt()));
                    registered.add(c.registered());
                });
            }
            historyChart = when.isEmpty() ? null : Charts.line(when,
                    new Charts.Series(Faces.label("cluster.registered"), registered),
                    new Charts.Axes(Faces.label("chart.axis.snapshot"), Faces.label("chart.axis.initiatives")));
        }
        return historyChart;
    }

    private static Optional<ClusterSummary> find(CampaignSummary campaignSummary, String clusterCode) {
        List<ClusterSummary> queue = new ArrayList<>(campaignSummary.clusters());
        while (!queue.isEmpty()) {
            ClusterSummary c = queue.remove(0);
            if (c.clusterCode().equals(clusterCode)) {
                return Optional.of(c);
            }
            queue.addAll(c.blocks());
        }
        return Optional.empty();
    }

    /** The cluster's review report in the chosen campaign, as of now. */
    public StreamedContent getReportPdf() {
        return ReportDownload.of(reports.ofCluster(code, campaign), ReportFormat.PDF, code + "-" + campaign);
    }

    public StreamedContent getReportXlsx() {
        return ReportDownload.of(reports.ofCluster(code, campaign), ReportFormat.XLSX, code + "-" + campaign);
    }

    public boolean isMaySign() {
        return maySign;
    }

    public boolean isMayScore() {
        return mayScore;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getName() {
        return name;
    }

    public String getOrganizerCode() {
        return organizerCode;
    }

    public String getHeadUnitCode() {
        return headUnitCode;
    }

    public List<String> getMembers() {
        return members;
    }

    public List<Pact> getPacts() {
        return pacts;
    }

    public ClusterSummary getSummary() {
        return summary;
    }

    public Evaluations.Evaluation getEvaluation() {
        return evaluation;
    }

    public String getPactCampaign() {
        return pactCampaign;
    }

    public void setPactCampaign(String pactCampaign) {
        this.pactCampaign = pactCampaign;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Integer getPactTarget() {
        return pactTarget;
    }

    public void setPactTarget(Integer pactTarget) {
        this.pactTarget = pactTarget;
    }

    public BigDecimal getPactCoverage() {
        return pactCoverage;
    }

    public void setPactCoverage(BigDecimal pactCoverage) {
        this.pactCoverage = pactCoverage;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public String getScoreUnit() {
        return scoreUnit;
    }

    public void setScoreUnit(String scoreUnit) {
        this.scoreUnit = scoreUnit;
    }

    public BigDecimal getScorePoints() {
        return scorePoints;
    }

    public void setScorePoints(BigDecimal scorePoints) {
        this.scorePoints = scorePoints;
    }

    public String getScoreNote() {
        return scoreNote;
    }

    public void setScoreNote(String scoreNote) {
        this.scoreNote = scoreNote;
    }
}
