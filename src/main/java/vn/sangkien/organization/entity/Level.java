package vn.sangkien.organization.entity;

/** The levels of the union hierarchy, from the top. */
public enum Level {
    NATIONAL, PROVINCE, DISTRICT, GRASSROOTS;

    /** A child sits strictly below its parent (a grassroots union may skip the district level). */
    public boolean mayBeChildOf(Level parent) {
        return ordinal() > parent.ordinal();
    }
}
