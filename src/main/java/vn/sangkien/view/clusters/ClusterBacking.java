package vn.sangkien.view.clusters;

import vn.sangkien.platform.time.Moments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.StreamedContent;
import vn.sangkien.cluster.boundary.ClusterRegistry;
import vn.sangkien.cluster.entity.Cluster;
import vn.sangkien.cluster.entity.Pact;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.refusal.Violations;
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

/**
 * clusters/detail.xhtml?code=[&amp;campaign=]: a cluster, its pacts, its summary in a pact's campaign
 * (registered against target per member as a bar chart, coverage, leader) and the history of the
 * campaign's snapshots as a line chart; a manager signs a new pact here.
 */
@Named
@ViewScoped
public class ClusterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SNAPSHOTS = 100;

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
    ReviewReports reports;

    private String code;
    private String campaign;
    private String name;
    private String organizerCode;
    private String headUnitCode;
    private List<String> members;
    private List<Pact> pacts;
    private ClusterSummary summary;
    private String memberChart;
    private String historyChart;

    private String pactCampaign;
    private LocalDate signedOn;
    private Integer pactTarget;
    private BigDecimal pactCoverage;
    private List<TargetRow> targets;

    public void load() {
        try {
            Cluster cluster = clusters.find(code);
            name = cluster.getName();
            organizerCode = cluster.getOrganizer().getCode();
            headUnitCode = cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getCode();
            members = cluster.getMembers().stream().map(Organization::getCode).toList();
            targets = members.stream().map(TargetRow::new).toList();
            pacts = clusters.pactsOf(cluster);
            if ((campaign == null || campaign.isBlank()) && !pacts.isEmpty()) {
                campaign = pacts.get(0).getCampaign().getCode();
            }
            if (campaign != null && !campaign.isBlank()) {
                summarize();
            }
        } catch (BusinessException e) {
            Faces.notFound();
        }
    }

    private void summarize() {
        summary = summaries.ofCluster(code, campaign);
        List<String> labels = summary.members().stream().map(MemberSummary::unitCode).toList();
        memberChart = Charts.bar(labels, List.of(
                new Charts.Series(Faces.label("cluster.registered"), summary.members().stream().map(MemberSummary::registered).toList()),
                new Charts.Series(Faces.label("campaign.target"), summary.members().stream()
                        .map(m -> m.targetInitiatives() == null ? 0 : m.targetInitiatives()).toList())));
        List<SummarySnapshot> snapshots = new ArrayList<>(summaries.snapshots(campaign,
                new ListParameters("0", String.valueOf(SNAPSHOTS))).items());
        java.util.Collections.reverse(snapshots);
        List<String> when = new ArrayList<>();
        List<Long> registered = new ArrayList<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(Moments.VIETNAM);
        for (SummarySnapshot s : snapshots) {
            find(Summaries.parse(s), code).ifPresent(c -> {
                when.add(format.format(s.getGeneratedAt()));
                registered.add(c.registered());
            });
        }
        historyChart = when.isEmpty() ? null
                : Charts.line(when, new Charts.Series(Faces.label("cluster.registered"), registered));
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

    public void sign() {
        try {
            List<ClusterRegistry.MemberTargetDraft> memberTargets = targets.stream()
                    .filter(t -> t.getTargetInitiatives() != null)
                    .map(t -> new ClusterRegistry.MemberTargetDraft(t.getUnitCode(), t.getTargetInitiatives())).toList();
            clusters.sign(code, new ClusterRegistry.PactDraft(pactCampaign, signedOn, pactTarget, pactCoverage,
                    memberTargets, null), new Violations());
            jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext();
            external.getFlash().setKeepMessages(true);
            Faces.info("cluster.pact.signed", pactCampaign);
            external.redirect(external.getRequestContextPath() + "/clusters/detail.xhtml?code="
                    + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8) + "&campaign="
                    + java.net.URLEncoder.encode(pactCampaign.strip(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (BusinessException e) {
            Faces.show(e, "pactForm");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    /** The cluster's review report in the chosen campaign, as of now. */
    public StreamedContent getReportPdf() {
        return ReportDownload.of(reports.ofCluster(code, campaign), ReportFormat.PDF, code + "-" + campaign);
    }

    public StreamedContent getReportXlsx() {
        return ReportDownload.of(reports.ofCluster(code, campaign), ReportFormat.XLSX, code + "-" + campaign);
    }

    public ClusterSummary getSummary() {
        return summary;
    }

    public String getMemberChart() {
        return memberChart;
    }

    public String getHistoryChart() {
        return historyChart;
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
}
