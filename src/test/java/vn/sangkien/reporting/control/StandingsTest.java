package vn.sangkien.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sangkien.reporting.entity.MemberSummary;
import vn.sangkien.reporting.entity.UnitFigures;

/**
 * The arithmetic of summaries (docs/api.md, Clusters): percentages half up to one decimal, ranks by
 * registered desc, coverage desc, unit code asc, and the leader that reached its own target.
 */
class StandingsTest {

    @Test
    void percentagesAreRoundedHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("12.5"), Standings.percent(1, 8L));
        assertEquals(new BigDecimal("66.7"), Standings.percent(2, 3L));
        assertEquals(new BigDecimal("33.3"), Standings.percent(1, 3L));
        assertEquals(new BigDecimal("16.7"), Standings.percent(1, 6L));
        assertEquals(new BigDecimal("12.5"), Standings.percent(5, 40L));
        // 0.0625 % -> 0.1 (half up), 6.25 -> 6.3 and 56.25 -> 56.3 (half even would give 6.2 and 56.2)
        assertEquals(new BigDecimal("0.1"), Standings.percent(1, 1600L));
        assertEquals(new BigDecimal("6.3"), Standings.percent(1, 16L));
        assertEquals(new BigDecimal("56.3"), Standings.percent(9, 16L));
        assertEquals(new BigDecimal("0.0"), Standings.percent(1, 3000L)); // 0.0333 -> 0.0
        assertEquals(new BigDecimal("0.0"), Standings.percent(0, 7L));
        assertEquals(new BigDecimal("100.0"), Standings.percent(7, 7L));
        assertEquals(new BigDecimal("166.7"), Standings.percent(5, 3L)); // beyond the target is not capped
        assertEquals(new BigDecimal("72.7"), Standings.percent(8, 11L));
    }

    @Test
    void noPercentageWithoutAWhole() {
        assertNull(Standings.percent(3, null));
        assertNull(Standings.percent(0, 0L));
        assertNull(Standings.percent(5, 0L));
    }

    private static UnitFigures unit(long id, String code, long registered, long recognized, long grassroots, long covered) {
        return new UnitFigures(id, code, registered, recognized, grassroots, covered);
    }

    private static Map<String, MemberSummary> byCode(List<MemberSummary> ranked) {
        return ranked.stream().collect(Collectors.toMap(MemberSummary::unitCode, Function.identity()));
    }

    @Test
    void ranksByRegisteredThenCoverageThenUnitCode() {
        List<UnitFigures> members = List.of(
                unit(1, "A-DIST", 2, 0, 2, 1),   // 2 registered, 50.0 %
                unit(2, "Z-GR", 2, 1, 1, 1),     // 2 registered, 100.0 %: before A-DIST despite its code
                unit(3, "M-DIST", 5, 2, 4, 3),   // most registered: first
                unit(4, "Q-GR", 1, 0, 4, 1),     // 1 registered, 25.0 %
                unit(5, "P-GR", 1, 0, 4, 1),     // 1 registered, 25.0 %: same as Q-GR, code decides
                unit(6, "B-GR", 0, 0, 1, 0));    // nothing registered: last
        List<MemberSummary> ranked = Standings.rank(members, Map.of());
        assertEquals(List.of("M-DIST", "Z-GR", "A-DIST", "P-GR", "Q-GR", "B-GR"),
                ranked.stream().map(MemberSummary::unitCode).toList());
        for (int i = 0; i < ranked.size(); i++) {
            assertEquals(i + 1, ranked.get(i).rank(), ranked.get(i).toString());
        }
        Map<String, MemberSummary> m = byCode(ranked);
        assertEquals(new BigDecimal("50.0"), m.get("A-DIST").coveragePercent());
        assertEquals(new BigDecimal("100.0"), m.get("Z-GR").coveragePercent());
        assertEquals(new BigDecimal("75.0"), m.get("M-DIST").coveragePercent());
        assertEquals(new BigDecimal("25.0"), m.get("P-GR").coveragePercent());
        assertEquals(new BigDecimal("0.0"), m.get("B-GR").coveragePercent());
        assertEquals(5, m.get("M-DIST").registered());
        assertEquals(2, m.get("M-DIST").recognized());
        assertEquals(4, m.get("M-DIST").grassrootsUnits());
        assertEquals(3, m.get("M-DIST").coveredUnits());
    }

    @Test
    void coverageIsComparedAsReportedThatIsRounded() {
        // 2/3 = 66.67 % and 667/1000 = 66.7 %: equal as reported, so the code decides
        List<UnitFigures> members = List.of(unit(1, "B", 4, 0, 1000, 667), unit(2, "A", 4, 0, 3, 2));
        List<MemberSummary> ranked = Standings.rank(members, Map.of());
        assertEquals(List.of("A", "B"), ranked.stream().map(MemberSummary::unitCode).toList());
    }

    @Test
    void targetsReachedAndMissed() {
        List<UnitFigures> members = List.of(unit(1, "A", 3, 0, 1, 1), unit(2, "B", 2, 0, 1, 1),
                unit(3, "C", 0, 0, 1, 0), unit(4, "D", 2, 0, 1, 1));
        Map<String, MemberSummary> m = byCode(Standings.rank(members, Map.of(1L, 4, 2L, 2, 4L, 0)));
        assertFalse(m.get("A").targetReached(), "3 of 4");
        assertEquals(4, m.get("A").targetInitiatives());
        assertTrue(m.get("B").targetReached(), "2 of 2");
        assertTrue(m.get("C").targetReached(), "no own target: nothing to miss");
        assertNull(m.get("C").targetInitiatives());
        assertTrue(m.get("D").targetReached(), "target 0");
    }

    @Test
    void leaderIsTheFirstRankedThatReachedItsOwnTarget() {
        List<UnitFigures> members = List.of(
                unit(1, "A", 9, 0, 1, 1),   // first by registered, but below its target of 10
                unit(2, "B", 5, 0, 1, 1),   // reached 5 of 5
                unit(3, "C", 7, 0, 1, 1),   // below 8
                unit(4, "D", 4, 0, 1, 1));  // no target
        List<MemberSummary> ranked = Standings.rank(members, Map.of(1L, 10, 2L, 5, 3L, 8));
        assertEquals(List.of("A", "C", "B", "D"), ranked.stream().map(MemberSummary::unitCode).toList());
        assertEquals(Optional.of("B"), Standings.leader(ranked));
    }

    @Test
    void memberWithoutTargetLeadsWhenAheadButNotWithNothingRegistered() {
        List<MemberSummary> ranked = Standings.rank(List.of(unit(1, "A", 3, 0, 1, 1), unit(2, "B", 6, 0, 1, 1)),
                Map.of(1L, 1));
        assertEquals(Optional.of("B"), Standings.leader(ranked), "B has no own target: counts as reached");

        List<MemberSummary> none = Standings.rank(List.of(unit(1, "A", 0, 0, 1, 0), unit(2, "B", 0, 0, 1, 0)),
                Map.of());
        assertEquals(Optional.empty(), Standings.leader(none), "nobody registered anything");

        List<MemberSummary> allBelow = Standings.rank(List.of(unit(1, "A", 3, 0, 1, 1), unit(2, "B", 1, 0, 1, 1)),
                Map.of(1L, 4, 2L, 2));
        assertEquals(Optional.empty(), Standings.leader(allBelow), "nobody reached its target");
        assertEquals(Optional.empty(), Standings.leader(List.of()));
    }
}
