package vn.sangkien.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sangkien.reporting.entity.MemberSummary;
import vn.sangkien.reporting.entity.UnitFigures;

/**
 * The arithmetic of summaries (docs/api.md): percentages rounded half up to one decimal; members ranked
 * by registered descending, then coverage as reported descending, then unit code; the leader is
 * the member with the most registered initiatives that also reached its own target.
 */
public final class Standings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Standings() {
    }

    /** {@code part / whole} in percent, half up to one decimal; absent when there is no whole. */
    public static BigDecimal percent(long part, Long whole) {
        if (whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * Ranks members. {@code targets} holds the members' own targets by unit id; a member without one
     * has no target to miss and counts as having reached it.
     */
    public static List<MemberSummary> rank(List<UnitFigures> members, Map<Long, Integer> targets) {
        Comparator<MemberSummary> order = Comparator.comparingLong(MemberSummary::registered).reversed()
                .thenComparing(MemberSummary::coveragePercent, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(MemberSummary::unitCode);
        List<MemberSummary> unranked = new ArrayList<>();
        for (UnitFigures m : members) {
            Integer target = targets.get(m.unitId());
            unranked.add(new MemberSummary(m.unitCode(), m.registered(), m.recognized(), m.grassrootsUnits(),
                    m.coveredUnits(), percent(m.coveredUnits(), m.grassrootsUnits()), target,
                    target == null || m.registered() >= target, 0));
        }
        unranked.sort(order);
        List<MemberSummary> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            MemberSummary m = unranked.get(i);
            ranked.add(new MemberSummary(m.unitCode(), m.registered(), m.recognized(), m.grassrootsUnits(),
                    m.coveredUnits(), m.coveragePercent(), m.targetInitiatives(), m.targetReached(), i + 1));
        }
        return ranked;
    }

    /** The first ranked member that reached its target and registered anything at all. */
    public static Optional<String> leader(List<MemberSummary> ranked) {
        return ranked.stream().filter(m -> m.targetReached() && m.registered() > 0).map(MemberSummary::unitCode)
                .findFirst();
    }
}
