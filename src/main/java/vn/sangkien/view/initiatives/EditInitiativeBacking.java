package vn.sangkien.view.initiatives;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.sangkien.initiative.boundary.FieldCatalog;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.FieldOfApplication;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.rest.ProblemMapper;
import vn.sangkien.view.Faces;

/**
 * initiatives/edit.xhtml?id=: the authors' side changes a draft or returned initiative, and may send
 * it (again) at once. It saves through {@link InitiativeRegistry#edit}, as {@code PUT
 * /api/v1/initiatives/{id}} does, with the version the form was loaded at as If-Match: when someone
 * else saved in between, nothing is stored and the page says so. Submitting is the workflow's
 * SUBMIT, as on the detail page.
 */
@Named
@ViewScoped
public class EditInitiativeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeRegistry registry;
    @Inject
    FieldCatalog fields;

    private Long id;
    private long version;
    private String campaignCode;
    private String unitCode;
    private InitiativeForm form;
    private boolean conflict;

    /**
     * The view action: the form of an initiative the user may edit now; anything else is not found,
     * as the register page is for those who do not register.
     */
    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            Initiative found = registry.find(id);
            if (!mayEdit(registry, found)) {
                Faces.notFound();
                return;
            }
            version = found.getVersion();
            campaignCode = found.getCampaign().getCode();
            unitCode = found.getUnit().getCode();
            form = InitiativeForm.of(found.content());
        } catch (BusinessException e) {
            Faces.notFound();
        }
    }

    /**
     * Whether the console offers to edit: the registry allows it, and the user reads the whole
     * initiative (a form without the confidential parts would blank them when saved).
     */
    static boolean mayEdit(InitiativeRegistry registry, Initiative initiative) {
        return registry.editable(initiative) && registry.seesAllOf(initiative);
    }

    public void save() throws IOException {
        store(false);
    }

    public void saveAndSubmit() throws IOException {
        store(true);
    }

    private void store(boolean submit) throws IOException {
        conflict = false;
        boolean saved = false;
        try {
            // The registry reads If-Match as the API's header carries it; the bare version is one of its forms.
            version = registry.edit(id, form.content(), String.valueOf(version), new Violations()).getVersion();
            saved = true;
            if (submit) {
                registry.transition(id, new InitiativeRegistry.TransitionRequest(Action.SUBMIT.name(), null, null,
                        null, null), new Violations());
            }
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Faces.info(submit ? "edit.submitted" : "edit.saved", String.valueOf(id));
            external.redirect(external.getRequestContextPath() + "/initiatives/detail.xhtml?id=" + id);
        } catch (BusinessException e) {
            refused(e, saved);
        } catch (EJBException e) {
            // A save committed by someone else between the check and this one's flush: the same refusal.
            BusinessException refusal = ProblemMapper.classify(e);
            if (refusal == null) {
                throw e;
            }
            refused(refusal, saved);
        }
    }

    private void refused(BusinessException e, boolean saved) {
        if (e.kind() == BusinessException.Kind.STALE_VERSION) {
            conflict = true;
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (saved) {
            Faces.info("edit.savedNotSubmitted");
        }
        Faces.show(e, "form");
    }

    public String getIdText() {
        return id == null ? null : String.valueOf(id);
    }

    public void setIdText(String text) {
        id = InitiativeBacking.idOf(text);
    }

    public String getCampaignCode() {
        return campaignCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public InitiativeForm getForm() {
        return form;
    }

    public List<FieldOfApplication> getFieldChoices() {
        return fields.all();
    }

    /** Someone else saved the initiative after this form was loaded; this form's changes were not stored. */
    public boolean isConflict() {
        return conflict;
    }
}
