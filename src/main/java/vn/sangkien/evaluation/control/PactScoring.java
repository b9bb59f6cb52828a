package vn.sangkien.evaluation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.sangkien.cluster.entity.Criterion;
import vn.sangkien.cluster.entity.CriterionWeight;
import vn.sangkien.reporting.entity.MemberSummary;

/**
 * The year's evaluation of a pact's members: each criterion gives a value from 0 to 100, the
 * score is their weighted mean (half up, one decimal), ranked by score, then by the standings.
 * A pact without criteria is scored on target 40, coverage 30 and recognised share 30.
 */
public final class PactScoring {

    public static final List<CriterionWeight> DEFAULT_CRITERIA = List.of(
            new CriterionWeight(Criterion.TARGET_REACHED, BigDecimal.valueOf(40)),
            new CriterionWeight(Criterion.COVERAGE, BigDecimal.valueOf(30)),
            new CriterionWeight(Criterion.RECOGNIZED_SHARE, BigDecimal.valueOf(30)));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A member's values per criterion, its score and its rank in the evaluation. */
    public record MemberScore(String unitCode, Map<Criterion, BigDecimal> values, BigDecimal score, int rank) {
    }

    private PactScoring() {
    }

    /**
     * @param members the members as the cluster summary ranks them
     * @param manualPoints the average manual points per unit code (absent: none given, counted 0)
     */
    public static List<MemberScore> score(List<MemberSummary> members, List<CriterionWeight> criteria,
                                          Map<String, BigDecimal> manualPoints) {
        List<CriterionWeight> used = criteria.isEmpty() ? DEFAULT_CRITERIA : criteria;
        BigDecimal totalWeight = used.stream().map(CriterionWeight::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<MemberScore> scored = new ArrayList<>();
        for (MemberSummary m : members) {
            Map<Criterion, BigDecimal> values = new EnumMap<>(Criterion.class);
            BigDecimal weighted = BigDecimal.ZERO;
            for (CriterionWeight c : used) {
                BigDecimal value = value(c.getCriterion(), m, manualPoints.get(m.unitCode()));
                values.put(c.getCriterion(), value);
                weighted = weighted.add(value.multiply(c.getWeight()));
            }
            scored.add(new MemberScore(m.unitCode(), values, weighted.divide(totalWeight, 1, RoundingMode.HALF_UP), m.rank()));
        }
        // Ties in score keep the order of the standings (registered, coverage, code).
        scored.sort(Comparator.comparing(MemberScore::score).reversed().thenComparingInt(MemberScore::rank));
        List<MemberScore> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            MemberScore s = scored.get(i);
            ranked.add(new MemberScore(s.unitCode(), s.values(), s.score(), i + 1));
        }
        return ranked;
    }

    static BigDecimal value(Criterion criterion, MemberSummary m, BigDecimal manual) {
        return switch (criterion) {
            case TARGET_REACHED -> m.targetInitiatives() == null || m.targetInitiatives() == 0
                    ? (m.targetReached() ? HUNDRED : BigDecimal.ZERO).setScale(1)
                    : ratio(Math.min(m.registered(), m.targetInitiatives()), m.targetInitiatives());
            case COVERAGE -> m.coveragePercent() == null ? BigDecimal.ZERO.setScale(1) : m.coveragePercent();
            case RECOGNIZED_SHARE -> m.registered() == 0 ? BigDecimal.ZERO.setScale(1) : ratio(m.recognized(), m.registered());
            case MANUAL_POINTS -> manual == null ? BigDecimal.ZERO.setScale(1) : manual.setScale(1, RoundingMode.HALF_UP);
        };
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
