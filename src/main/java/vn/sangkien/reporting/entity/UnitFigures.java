package vn.sangkien.reporting.entity;

/** What the database counts for one unit (a member of a cluster) in one campaign's subtree. */
public record UnitFigures(long unitId, String unitCode, long registered, long recognized, long grassrootsUnits,
                          long coveredUnits) {

    public static UnitFigures sum(String code, Iterable<UnitFigures> parts) {
        long registered = 0;
        long recognized = 0;
        long grassroots = 0;
        long covered = 0;
        for (UnitFigures part : parts) {
            registered += part.registered;
            recognized += part.recognized;
            grassroots += part.grassrootsUnits;
            covered += part.coveredUnits;
        }
        return new UnitFigures(0, code, registered, recognized, grassroots, covered);
    }
}
