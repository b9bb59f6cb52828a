package vn.sangkien.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sangkien.cluster.entity.Criterion;
import vn.sangkien.cluster.entity.CriterionWeight;
import vn.sangkien.reporting.entity.MemberSummary;

class PactScoringTest {

    private static MemberSummary member(String code, long registered, long recognized, String coverage, Integer target,
                                        int rank) {
        return new MemberSummary(code, registered, recognized, 10, 0, coverage == null ? null : new BigDecimal(coverage),
                target, target == null || registered >= target, rank);
    }

    @Test
    void weightedMeanOfTheCriteriaRankedByScore() {
        List<MemberSummary> members = List.of(
                member("A", 120, 30, "50.0", 100, 1),
                member("B", 80, 60, "100.0", 100, 2));
        List<CriterionWeight> criteria = List.of(
                new CriterionWeight(Criterion.TARGET_REACHED, BigDecimal.valueOf(50)),
                new CriterionWeight(Criterion.COVERAGE, BigDecimal.valueOf(30)),
                new CriterionWeight(Criterion.RECOGNIZED_SHARE, BigDecimal.valueOf(10)),
                new CriterionWeight(Criterion.MANUAL_POINTS, BigDecimal.valueOf(10)));
        var scores = PactScoring.score(members, criteria, Map.of("A", new BigDecimal("70")));
        // B: 80*.5 + 100*.3 + 75*.1 + 0*.1 = 77.5 ; A: 100*.5 + 50*.3 + 25*.1 + 70*.1 = 74.5
        assertEquals("B", scores.get(0).unitCode());
        assertEquals(new BigDecimal("77.5"), scores.get(0).score());
        assertEquals(1, scores.get(0).rank());
        assertEquals(new BigDecimal("74.5"), scores.get(1).score());
        assertEquals(new BigDecimal("25.0"), scores.get(1).values().get(Criterion.RECOGNIZED_SHARE));
    }

    @Test
    void withoutCriteriaTheDefaultsApplyAndTiesKeepTheStandings() {
        List<MemberSummary> members = List.of(member("X", 0, 0, null, null, 1), member("Y", 0, 0, null, null, 2));
        var scores = PactScoring.score(members, List.of(), Map.of());
        assertEquals(List.of("X", "Y"), scores.stream().map(PactScoring.MemberScore::unitCode).toList());
        assertEquals(new BigDecimal("40.0"), scores.get(0).score());
    }
}
