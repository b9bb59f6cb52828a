package vn.sangkien.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sangkien.campaign.entity.Rubric;
import vn.sangkien.campaign.entity.Scores;
import vn.sangkien.platform.refusal.BusinessException.FieldError;
import vn.sangkien.platform.refusal.Violations;

class RubricScoringTest {

    private static RubricScoring.Outcome score(int novelty, int applicability, int benefit) {
        return RubricScoring.apply(new Scores(novelty, applicability, benefit), Rubric.DEFAULT);
    }

    @Test
    void theDefaultRubricOfDesignMd() {
        assertEquals(new RubricScoring.Outcome(50, true, "C"), score(20, 20, 10));
        assertEquals(new RubricScoring.Outcome(70, true, "B"), score(30, 20, 20));
        assertEquals(new RubricScoring.Outcome(85, true, "A"), score(35, 25, 25));
        assertEquals(new RubricScoring.Outcome(100, true, "A"), score(40, 30, 30));
        assertEquals(new RubricScoring.Outcome(84, true, "B"), score(34, 25, 25));
    }

    @Test
    void belowThePassMarkOrUnderACriterionMinimumIsNotRecognised() {
        RubricScoring.Outcome short1 = score(20, 19, 10);
        assertEquals(49, short1.total());
        assertFalse(short1.recognised());
        assertNull(short1.grade());
        RubricScoring.Outcome lopsided = score(40, 30, 9);
        assertEquals(79, lopsided.total());
        assertFalse(lopsided.recognised());
    }

    @Test
    void scoresAboveTheirMaximumOrMissingAreNamed() {
        Violations v = new Violations();
        RubricScoring.check(new Scores(41, null, -1), Rubric.DEFAULT, v);
        assertEquals(List.of("scores.novelty", "scores.applicability", "scores.benefit"),
                v.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aCampaignsOwnRubricIsCheckedForConsistency() {
        Violations good = new Violations();
        RubricScoring.check(new Rubric(50, 25, 25, 60, 5, 90, 75, 60), good);
        assertTrue(good.isEmpty());
        Violations bad = new Violations();
        RubricScoring.check(new Rubric(40, 30, 30, 120, 10, 70, 85, 50), bad);
        assertEquals("rubric", bad.errors().get(0).field());
    }
}
