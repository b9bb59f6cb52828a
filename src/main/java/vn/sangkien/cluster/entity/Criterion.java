package vn.sangkien.cluster.entity;

/** What a pact scores its members on, each worth 0–100 before its weight. */
public enum Criterion {
    /** 100 when the member reached its own target, else its share of it. */
    TARGET_REACHED,
    /** The member's coverage of its grassroots unions, in percent. */
    COVERAGE,
    /** Recognised initiatives as a share of registered ones, in percent. */
    RECOGNIZED_SHARE,
    /** The average of the points the cluster's evaluators gave the member. */
    MANUAL_POINTS
}
