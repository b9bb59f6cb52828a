package vn.sangkien.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How reviewers score an initiative in a campaign (the programme's defaults): three criteria with
 * their maximum points, recognised when the total reaches the pass mark and no criterion is under
 * its minimum, graded A, B or C from their thresholds.
 */
@Embeddable
public class Rubric {

    public static final Rubric DEFAULT = new Rubric(40, 30, 30, 50, 10, 85, 70, 50);

    @Column(name = "rubric_novelty_max")
    private int noveltyMax;
    @Column(name = "rubric_applicability_max")
    private int applicabilityMax;
    @Column(name = "rubric_benefit_max")
    private int benefitMax;
    @Column(name = "rubric_pass_total")
    private int passTotal;
    @Column(name = "rubric_criterion_min")
    private int criterionMin;
    @Column(name = "rubric_grade_a")
    private int gradeA;
    @Column(name = "rubric_grade_b")
    private int gradeB;
    @Column(name = "rubric_grade_c")
    private int gradeC;

    protected Rubric() {
    }

    public Rubric(int noveltyMax, int applicabilityMax, int benefitMax, int passTotal, int criterionMin, int gradeA,
                  int gradeB, int gradeC) {
        this.noveltyMax = noveltyMax;
        this.applicabilityMax = applicabilityMax;
        this.benefitMax = benefitMax;
        this.passTotal = passTotal;
        this.criterionMin = criterionMin;
        this.gradeA = gradeA;
        this.gradeB = gradeB;
        this.gradeC = gradeC;
    }

    public int getNoveltyMax() {
        return noveltyMax;
    }

    public int getApplicabilityMax() {
        return applicabilityMax;
    }

    public int getBenefitMax() {
        return benefitMax;
    }

    public int getPassTotal() {
        return passTotal;
    }

    public int getCriterionMin() {
        return criterionMin;
    }

    public int getGradeA() {
        return gradeA;
    }

    public int getGradeB() {
        return gradeB;
    }

    public int getGradeC() {
        return gradeC;
    }
}
