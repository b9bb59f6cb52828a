package vn.sangkien.view.initiatives;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;

/**
 * The content of an initiative as its form holds it (WEB-INF/includes/initiative-form.xhtml), shared
 * by the register and the edit page: what is typed, unchecked; the registry checks it when it is
 * saved.
 */
public class InitiativeForm implements Serializable {

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

    /** An empty form with one author row to fill in. */
    public InitiativeForm() {
        authors.add(new AuthorRow());
    }

    /** The form of stored content, to edit it. */
    public static InitiativeForm of(InitiativeContent content) {
        InitiativeForm form = new InitiativeForm();
        form.title = content.title();
        form.fieldCode = content.fieldCode();
        form.summary = content.summary();
        form.currentSituation = content.currentSituation();
        form.solution = content.solution();
        form.novelty = content.novelty();
        form.applicability = content.applicability();
        form.benefits = content.benefits();
        form.socialBenefit = content.socialBenefit();
        form.ownerName = content.ownerName();
        form.appliedFrom = content.appliedFrom();
        form.estimatedValueVnd = content.estimatedValueVnd();
        form.confidential = content.confidential();
        form.confidentialContent = content.confidentialContent();
        if (!content.authors().isEmpty()) {
            form.authors.clear();
        }
        for (Author a : content.authors()) {
            AuthorRow row = new AuthorRow();
            row.setFullName(a.getFullName());
            row.setMemberCode(a.getMemberCode());
            row.setSharePercent(a.getSharePercent());
            form.authors.add(row);
        }
        return form;
    }

    /** What the form says, for the registry to check and store. */
    public InitiativeContent content() {
        List<Author> authorList = authors.stream()
                .map(a -> new Author(a.getFullName(), a.getMemberCode(), a.getSharePercent())).toList();
        return new InitiativeContent(title, fieldCode, summary, currentSituation, solution, novelty, applicability,
                benefits, socialBenefit, ownerName, appliedFrom, estimatedValueVnd, confidential, confidentialContent,
                authorList);
    }

    public void addAuthor() {
        authors.add(new AuthorRow());
    }

    public void removeAuthor(int index) {
        if (index >= 0 && index < authors.size()) {
            authors.remove(index);
        }
    }

    public List<AuthorRow> getAuthors() {
        return authors;
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
