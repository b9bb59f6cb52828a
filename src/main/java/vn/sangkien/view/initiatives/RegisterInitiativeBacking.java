package vn.sangkien.view.initiatives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.initiative.boundary.FieldCatalog;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.entity.FieldOfApplication;
import vn.sangkien.initiative.boundary.InitiativeView;
import vn.sangkien.initiative.boundary.Registrar;
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
    private final InitiativeForm form = new InitiativeForm();

    @PostConstruct
    void init() {
        openCampaigns = campaigns.list(null, null, "OPEN", new ListParameters("0", "200")).items();
        if (openCampaigns.size() == 1) {
            campaignCode = openCampaigns.get(0).getCode();
        }
        organizations.visible(caller.principal().organizationCode())
                .filter(o -> o.getLevel() == Level.GRASSROOTS).ifPresent(o -> unitCode = o.getCode());
    }

    /** The view action: the page exists only for the roles that register (the registrar checks again). */
    public void check() {
        if (!caller.holds(vn.sangkien.identity.control.Privileges.Capability.REGISTER_INITIATIVES)) {
            Faces.notFound();
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
        try {
            InitiativeView created = registrar.register(
                    new InitiativeRegistry.Registration(campaignCode, unitCode, form.content(), submit), new Violations());
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

    public InitiativeForm getForm() {
        return form;
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
}
