package vn.sangkien.view.campaigns;

import java.io.Serializable;
import java.util.List;
import vn.sangkien.campaign.entity.Rubric;

/**
 * The rubric of campaigns/edit.xhtml: the eight numbers of {@link Rubric}, as typed. A number left
 * empty keeps the programme's default, as a threshold left out of the API's rubric does; whether
 * the whole is consistent is the registry's rule (RubricScoring), asked on save.
 */
public class RubricForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer noveltyMax;
    private Integer applicabilityMax;
    private Integer benefitMax;
    private Integer passTotal;
    private Integer criterionMin;
    private Integer gradeA;
    private Integer gradeB;
    private Integer gradeC;
    /** The numbers as loaded, to send the rubric only when it was changed. */
    private List<Integer> loaded;

    static RubricForm of(Rubric r) {
        RubricForm form = new RubricForm();
        form.noveltyMax = r.getNoveltyMax();
        form.applicabilityMax = r.getApplicabilityMax();
        form.benefitMax = r.getBenefitMax();
        form.passTotal = r.getPassTotal();
        form.criterionMin = r.getCriterionMin();
        form.gradeA = r.getGradeA();
        form.gradeB = r.getGradeB();
        form.gradeC = r.getGradeC();
        form.loaded = form.values();
        return form;
    }

    /** The rubric to store, or null when nothing was changed (so that a save leaves it be). */
    Rubric changed() {
        return values().equals(loaded) ? null : toRubric();
    }

    Rubric toRubric() {
        Rubric d = Rubric.DEFAULT;
        return new Rubric(or(noveltyMax, d.getNoveltyMax()), or(applicabilityMax, d.getApplicabilityMax()),
                or(benefitMax, d.getBenefitMax()), or(passTotal, d.getPassTotal()),
                or(criterionMin, d.getCriterionMin()), or(gradeA, d.getGradeA()), or(gradeB, d.getGradeB()),
                or(gradeC, d.getGradeC()));
    }

    /** The most a reviewer can give in all: the three maxima added up. */
    public int getTotal() {
        Rubric r = toRubric();
        return r.getNoveltyMax() + r.getApplicabilityMax() + r.getBenefitMax();
    }

    private List<Integer> values() {
        return java.util.Arrays.asList(noveltyMax, applicabilityMax, benefitMax, passTotal, criterionMin, gradeA,
                gradeB, gradeC);
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    public Integer getNoveltyMax() {
        return noveltyMax;
    }

    public void setNoveltyMax(Integer noveltyMax) {
        this.noveltyMax = noveltyMax;
    }

    public Integer getApplicabilityMax() {
        return applicabilityMax;
    }

    public void setApplicabilityMax(Integer applicabilityMax) {
        this.applicabilityMax = applicabilityMax;
    }

    public Integer getBenefitMax() {
        return benefitMax;
    }

    public void setBenefitMax(Integer benefitMax) {
        this.benefitMax = benefitMax;
    }

    public Integer getPassTotal() {
        return passTotal;
    }

    public void setPassTotal(Integer passTotal) {
        this.passTotal = passTotal;
    }

    public Integer getCriterionMin() {
        return criterionMin;
    }

    public void setCriterionMin(Integer criterionMin) {
        this.criterionMin = criterionMin;
    }

    public Integer getGradeA() {
        return gradeA;
    }

    public void setGradeA(Integer gradeA) {
        this.gradeA = gradeA;
    }

    public Integer getGradeB() {
        return gradeB;
    }

    public void setGradeB(Integer gradeB) {
        this.gradeB = gradeB;
    }

    public Integer getGradeC() {
        return gradeC;
    }

    public void setGradeC(Integer gradeC) {
        this.gradeC = gradeC;
    }
}
