package vn.sangkien.view.campaigns;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.primefaces.model.StreamedContent;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.campaign.entity.CampaignStatus;
import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.control.Privileges.Capability;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.boundary.ReportFormat;
import vn.sangkien.reporting.boundary.ReviewReports;
import vn.sangkien.view.CampaignChoices;
import vn.sangkien.view.Faces;
import vn.sangkien.view.ReportDownload;

/**
 * campaigns/edit.xhtml[?code=]: creates a campaign or sub-campaign, or changes one, with its window
 * entered in Vietnam's time (Asia/Ho_Chi_Minh) and stored as instants, and its reviewers' rubric;
 * closes it early. Saving goes through the registry, as the API's PUT does: the same rules refuse.
 */
@Named
@ViewScoped
public class EditCampaignBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Moments.VIETNAM);

    @Inject
    CampaignRegistry campaigns;
    @Inject
    Caller caller;
    @Inject
    ReviewReports reports;

    private String code;
    private boolean existing;
    private String status;
    private long version;
    private String name;
    private String organizerCode;
    private String parentCode;
    private String parentName;
    private String organizerName;
    /** Whether the user may change this campaign (or create one): the page is read-only otherwise. */
    private boolean mayChange;
    private RubricForm rubric = RubricForm.of(Rubric.DEFAULT);
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer targetInitiatives;
    private BigDecimal targetCoveragePercent;

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** The view action: an existing campaign of the user's scope, or a new one (404 otherwise). */
    public void load() {
        if (code == null || code.isBlank()) {
            // A new campaign is for those who manage campaigns; anyone else reads existing ones only.
            if (!caller.holds(Capability.MANAGE_CAMPAIGNS)) {
                Faces.notFound();
                return;
            }
            mayChange = true;
            organizerCode = caller.principal().organizationCode();
            return;
        }
        try {
            Campaign c = campaigns.find(code);
            existing = true;
            version = c.getVersion();
            name = c.getName();
            organizerCode = c.getOrganizer().getCode();
            organizerName = c.getOrganizer().getName();
            parentCode = c.getParent() == null ? null : c.getParent().getCode();
            parentName = c.getParent() == null ? null : c.getParent().getName();
            opensAt = LocalDateTime.ofInstant(c.getOpensAt(), Moments.VIETNAM);
            closesAt = LocalDateTime.ofInstant(c.getClosesAt(), Moments.VIETNAM);
            targetInitiatives = c.getTargetInitiatives();
            targetCoveragePercent = c.getTargetCoveragePercent();
            status = c.statusAt(Moments.now()).name();
            rubric = RubricForm.of(c.getRubric());
            // The registry's rule of who may change it; a closed one no longer changes (the registry says 409).
            mayChange = campaigns.mayChange(c) && c.statusAt(Moments.now()) != CampaignStatus.CLOSED;
        } catch (BusinessException e) {
            Faces.notFound();
        }
    }

    public void save() throws IOException {
        CampaignRegistry.Draft draft = new CampaignRegistry.Draft(code, name, organizerCode, parentCode,
                instant(opensAt), instant(closesAt), targetInitiatives, targetCoveragePercent,
                existing ? rubric.changed() : rubric.toRubric());
        try {
            Campaign saved = existing
                    ? campaigns.update(code, draft, "\"" + version + "\"", new Violations())
                    : campaigns.create(draft, new Violations());
            done("campaign.saved", saved.getCode());
        } catch (BusinessException e) {
            Faces.show(e, "form");
        }
    }

    public void close() throws IOException {
        try {
            campaigns.close(code);
            done("campaign.closedNow", code);
        } catch (BusinessException e) {
            Faces.show(e, "form");
        }
    }

    private static void done(String key, String campaignCode) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Faces.info(key, campaignCode);
        external.redirect(external.getRequestContextPath() + "/campaigns/list.xhtml");
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Moments.VIETNAM).toInstant();
    }

    public boolean isMayChange() {
        return mayChange;
    }

    public RubricForm getRubric() {
        return rubric;
    }

    /** The organizer as "name (code)", for a campaign's page, where it is read-only. */
    public String getOrganizerLabel() {
        return organizerName == null ? organizerCode : CampaignChoices.label(organizerName, organizerCode);
    }

    /** The parent campaign as "name (code)", for a campaign's page, where it is read-only. */
    public String getParentLabel() {
        return parentCode == null ? "" : parentName == null ? parentCode : CampaignChoices.label(parentName, parentCode);
    }

    public boolean isExisting() {
        return existing;
    }

    /** The campaign's review report, as of now. */
    public StreamedContent getReportPdf() {
        return ReportDownload.of(reports.ofCampaign(code), ReportFormat.PDF, code);
    }

    public StreamedContent getReportXlsx() {
        return ReportDownload.of(reports.ofCampaign(code), ReportFormat.XLSX, code);
    }

    public String getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganizerCode() {
        return organizerCode;
    }

    public void setOrganizerCode(String organizerCode) {
        this.organizerCode = organizerCode;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getTargetInitiatives() {
        return targetInitiatives;
    }

    public void setTargetInitiatives(Integer targetInitiatives) {
        this.targetInitiatives = targetInitiatives;
    }

    public BigDecimal getTargetCoveragePercent() {
        return targetCoveragePercent;
    }

    public void setTargetCoveragePercent(BigDecimal targetCoveragePercent) {
        this.targetCoveragePercent = targetCoveragePercent;
    }
}
