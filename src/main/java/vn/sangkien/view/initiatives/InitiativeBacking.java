package vn.sangkien.view.initiatives;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.sangkien.audit.boundary.AuditTrail;
import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.campaign.entity.Scores;
import vn.sangkien.initiative.boundary.HistoryEntry;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.boundary.InitiativeView;
import vn.sangkien.initiative.boundary.ReviewView;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.platform.audit.AuditEntry;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.view.Faces;

/**
 * initiatives/detail.xhtml?id=: one initiative of the user's subtree (else the not-found page), its
 * history as a timeline, and the workflow actions that the registry says the user may take on it
 * now. The registry decides every action again when it is taken, as for the API.
 */
@Named
@ViewScoped
public class InitiativeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeRegistry registry;
    @Inject
    AuditTrail trail;
    @Inject
    vn.sangkien.initiative.boundary.FieldCatalog fields;

    private Long id;
    private InitiativeView initiative;
    private List<HistoryEntry> history;
    private List<AuditEntry> auditEntries = List.of();
    private List<Action> actions;
    private boolean editable;
    private Rubric rubric;

    private Action action;
    private String comment;
    private String decisionNumber;
    private LocalDate decisionDate;
    private Integer novelty;
    private Integer applicability;
    private Integer benefit;

    /** The view action: loads the initiative, or answers 404 outside the user's subtree. */
    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            refresh();
        } catch (BusinessException e) {
            Faces.notFound();
        }
    }

    private void refresh() {
        Initiative found = registry.find(id);
        boolean full = registry.seesAllOf(found);
        InitiativeView view = InitiativeView.of(found, full);
        initiative = full ? view.withReview(ReviewView.of(registry.reviewOf(found))) : view;
        rubric = found.getCampaign().getRubric();
        history = registry.history(id).stream().map(HistoryEntry::of)
                .sorted(Comparator.comparing(HistoryEntry::at).reversed()).toList();
        actions = List.copyOf(registry.permittedActions(found));
        editable = EditInitiativeBacking.mayEdit(registry, found);
        if (trail.readable()) {
            auditEntries = trail.list(AuditTrail.Filter.ofThing(AuditedType.INITIATIVE, String.valueOf(id)),
                    new ListParameters("0", String.valueOf(ListParameters.MAX_SIZE))).items();
        }
    }

    /** Opens the action dialog for one action. */
    public void prepare(Action chosen) {
        action = chosen;
        comment = null;
        decisionNumber = null;
        decisionDate = null;
        novelty = null;
        applicability = null;
        benefit = null;
    }

    public void perform() {
        boolean scored = (action == Action.RECOGNIZE || action == Action.REJECT)
                && (novelty != null || applicability != null || benefit != null || action == Action.RECOGNIZE);
        Scores scores = scored ? new Scores(novelty, applicability, benefit) : null;
        try {
            registry.transition(id, new InitiativeRegistry.TransitionRequest(action.name(), comment, decisionNumber,
                    decisionDate, scores), new Violations());
            jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext();
            external.getFlash().setKeepMessages(true);
            Faces.info("initiative.action.done", Faces.label("action." + action.name()));
            external.redirect(external.getRequestContextPath() + "/initiatives/detail.xhtml?id=" + id);
        } catch (BusinessException e) {
            Faces.show(e, "actionForm");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean isScoring() {
        return action == Action.RECOGNIZE || action == Action.REJECT;
    }

    public boolean isCommentRequired() {
        return action != null && action.needsComment();
    }

    /** The page's {@code id} as typed: anything but a number is an initiative that does not exist. */
    public String getIdText() {
        return id == null ? null : String.valueOf(id);
    }

    public void setIdText(String text) {
        id = idOf(text);
    }

    /** An initiative's id as a page's {@code id} parameter gives it; null for anything but a positive number. */
    static Long idOf(String text) {
        try {
            Long parsed = text == null ? null : Long.valueOf(text.strip());
            return parsed == null || parsed <= 0 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public InitiativeView getInitiative() {
        return initiative;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    /** The initiative's entries in the audit trail, newest first, for those who read it. */
    public List<AuditEntry> getAuditEntries() {
        return auditEntries;
    }

    public boolean isAuditShown() {
        return trail.readable();
    }

    /** May the user open the edit form (what the edit page itself lets in)? */
    public boolean isEditable() {
        return editable;
    }

    public List<Action> getActions() {
        return actions;
    }

    public Rubric getRubric() {
        return rubric;
    }

    public Action getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public Integer getNovelty() {
        return novelty;
    }

    public void setNovelty(Integer novelty) {
        this.novelty = novelty;
    }

    public Integer getApplicability() {
        return applicability;
    }

    public void setApplicability(Integer applicability) {
        this.applicability = applicability;
    }

    public Integer getBenefit() {
        return benefit;
    }

    public void setBenefit(Integer benefit) {
        this.benefit = benefit;
    }

    public String fieldName(String code) {
        return code == null ? "—" : fields.nameOf(code, Faces.locale());
    }
}
