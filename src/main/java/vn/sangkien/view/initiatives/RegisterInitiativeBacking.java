package vn.sangkien.view.initiatives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.initiative.boundary.FieldCatalog;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.FieldOfApplication;
import vn.sangkien.initiative.boundary.InitiativeView;
import vn.sangkien.initiative.boundary.Registrar;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.organization.entity.Level;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.view.Faces;

/**
 * initiatives/register.xhtml: an officer registers an initiative on behalf of its authors. The
 * registrar checks everything (the same rules as {@code POST /api/v1/initiatives}); each refusal is
 * shown beside its field and nothing is stored.
 */
@Named
@ViewScoped
public class RegisterInitiativeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One author row of the form. */
    public static class AuthorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String fullName;
        private String memberCode;
        private BigDecimal sharePercent;

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getMemberCode() {
            return memberCode;
        }

        public void setMemberCode(String memberCode) {
            this.memberCode = memberCode;
        }

        public BigDecimal getSharePercent() {
            return sharePercent;
        }

        public void setSharePercent(BigDecimal sharePercent) {
            this.sharePercent = sharePercent;
        }
    }

    @Inject
    Registrar registrar;
    @Inject
    CampaignRegistry campaigns;
    @Inject
    OrganizationRegistry organizations;
    @Inject
    FieldCatalog fields;
    @Inject
    Caller caller;

    private List<Campaign> openCampaigns;
    private String campaignCode;
    private String unitCode;
    private String title;
    private String fieldCode;
    private String summary;
    private String currentSituation;
    private String solution;
    private String novelty;
    private String applicability;
    private String benefits;
    private String socialBenefit;
    private String ownerName;
    private LocalDate appliedFrom;
    private Long estimatedValueVnd;
    private boolean confidential;
    private String confidentialContent;
    private final List<AuthorRow> authors = new ArrayList<>();

    @PostConstruct
    void init() {
        openCampaigns = campaigns.list(null, null, "OPEN", new ListParameters("0", "200")).items();
        if (openCampaigns.size() == 1) {
            campaignCode = openCampaigns.get(0).getCode();
        }
        organizations.visible(caller.principal().organizationCode())
                .filter(o -> o.getLevel() == Level.GRASSROOTS).ifPresent(o -> unitCode = o.getCode());
        authors.add(new AuthorRow());
    }

    /** The view action: the page exists only for the roles that register (the registrar checks again). */
    public void check() {
        if (!caller.holds(vn.sangkien.identity.control.Privileges.Capability.REGISTER_INITIATIVES)) {
            Faces.notFound();
        }
    }

    public void addAuthor() {
        authors.add(new AuthorRow());
    }

    public void removeAuthor(int index) {
        if (index >= 0 && index < authors.size()) {
            authors.remove(index);
        }
    }

    /** Grassroots unions of the user's subtree whose name or code matches, for the unit field. */
    public List<String> completeUnit(String query) {
        return organizations.list(null, Level.GRASSROOTS.name(), query, new ListParameters("0", "15")).items().stream()
                .map(Organization::getCode).toList();
    }

    public void saveDraft() throws IOException {
        save(false);
    }

    public void submit() throws IOException {
        save(true);
    }

    private void save(boolean submit) throws IOException {
        List<Author> authorList = authors.stream()
                .map(a -> new Author(a.getFullName(), a.getMemberCode(), a.getSharePercent())).toList();
        InitiativeContent content = new InitiativeContent(title, fieldCode, summary, currentSituation, solution, novelty,
                applicability, benefits, socialBenefit, ownerName, appliedFrom, estimatedValueVnd, confidential,
                confidentialContent, authorList);
        try {
            InitiativeView created = registrar.register(
                    new InitiativeRegistry.Registration(campaignCode, unitCode, content, submit), new Violations());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Faces.info("initiative.registered", created.id());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/initiatives/detail.xhtml?id=" + created.id());
        } catch (BusinessException e) {
            Faces.show(e, "form");
        }
    }

    public List<Campaign> getOpenCampaigns() {
        return openCampaigns;
    }

    public List<FieldOfApplication> getFieldChoices() {
        return fields.all();
    }

    public List<AuthorRow> getAuthors() {
        return authors;
    }

    public String getCampaignCode() {
        return campaignCode;
    }

    public void setCampaignCode(String campaignCode) {
        this.campaignCode = campaignCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCurrentSituation() {
        return currentSituation;
    }

    public void setCurrentSituation(String currentSituation) {
        this.currentSituation = currentSituation;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getNovelty() {
        return novelty;
    }

    public void setNovelty(String novelty) {
        this.novelty = novelty;
    }

    public String getApplicability() {
        return applicability;
    }

    public void setApplicability(String applicability) {
        this.applicability = applicability;
    }

    public String getBenefits() {
        return benefits;
    }

    public void setBenefits(String benefits) {
        this.benefits = benefits;
    }

    public String getSocialBenefit() {
        return socialBenefit;
    }

    public void setSocialBenefit(String socialBenefit) {
        this.socialBenefit = socialBenefit;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public LocalDate getAppliedFrom() {
        return appliedFrom;
    }

    public void setAppliedFrom(LocalDate appliedFrom) {
        this.appliedFrom = appliedFrom;
    }

    public Long getEstimatedValueVnd() {
        return estimatedValueVnd;
    }

    public void setEstimatedValueVnd(Long estimatedValueVnd) {
        this.estimatedValueVnd = estimatedValueVnd;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public String getConfidentialContent() {
        return confidentialContent;
    }

    public void setConfidentialContent(String confidentialContent) {
        this.confidentialContent = confidentialContent;
    }
}
