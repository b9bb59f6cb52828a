package vn.sangkien.campaign.control;

import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.campaign.entity.Scores;
import vn.sangkien.platform.refusal.Violations;

/** Applies a campaign's rubric to a reviewer's scores. */
public final class RubricScoring {

    /** The outcome: total, whether it is recognised, and the grade (null below C). */
    public record Outcome(int total, boolean recognised, String grade) {
    }

    private RubricScoring() {
    }

    /** Checks each score against its maximum; every bad one is named. */
    public static void check(Scores scores, Rubric rubric, Violations v) {
        range(v, "scores.novelty", scores.novelty(), rubric.getNoveltyMax());
        range(v, "scores.applicability", scores.applicability(), rubric.getApplicabilityMax());
        range(v, "scores.benefit", scores.benefit(), rubric.getBenefitMax());
    }

    public static Outcome apply(Scores scores, Rubric rubric) {
        int total = scores.novelty() + scores.applicability() + scores.benefit();
        int lowest = Math.min(scores.novelty(), Math.min(scores.applicability(), scores.benefit()));
        boolean recognised = total >= rubric.getPassTotal() && lowest >= rubric.getCriterionMin();
        String grade = total >= rubric.getGradeA() ? "A" : total >= rubric.getGradeB() ? "B"
                : total >= rubric.getGradeC() ? "C" : null;
        return new Outcome(total, recognised, recognised ? grade : null);
    }

    /** A rubric's own consistency: positive maxima, thresholds within the total, A ≥ B ≥ C. */
    public static void check(Rubric rubric, Violations v) {
        int max = rubric.getNoveltyMax() + rubric.getApplicabilityMax() + rubric.getBenefitMax();
        if (rubric.getNoveltyMax() <= 0 || rubric.getApplicabilityMax() <= 0 || rubric.getBenefitMax() <= 0
                || rubric.getPassTotal() < 0 || rubric.getPassTotal() > max || rubric.getCriterionMin() < 0
                || rubric.getGradeC() > rubric.getGradeB() || rubric.getGradeB() > rubric.getGradeA()
                || rubric.getGradeA() > max) {
            v.add("rubric", "evaluation.rubric.inconsistent");
        }
    }

    private static void range(Violations v, String field, Integer value, int max) {
        if (value == null) {
            v.add(field, "field.required");
        } else if (value < 0 || value > max) {
            v.add(field, "field.range", 0, max);
        }
    }
}
