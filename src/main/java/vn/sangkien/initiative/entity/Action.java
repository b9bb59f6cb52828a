package vn.sangkien.initiative.entity;

/** What can be done to an initiative after its registration. */
public enum Action {
    SUBMIT, VERIFY, RECOGNIZE, REJECT, RETURN, WITHDRAW;

    /** REJECT and RETURN must say why. */
    public boolean needsComment() {
        return this == REJECT || this == RETURN;
    }
}
