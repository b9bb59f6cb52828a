package vn.sangkien.initiative.entity;

import java.util.EnumSet;
import java.util.Set;

/** The workflow states of an initiative. */
public enum InitiativeStatus {
    DRAFT, SUBMITTED, VERIFIED, RECOGNIZED, REJECTED, RETURNED, WITHDRAWN;

    /** Counted as registered: every status but DRAFT and WITHDRAWN. */
    public static final Set<InitiativeStatus> REGISTERED =
            EnumSet.complementOf(EnumSet.of(DRAFT, WITHDRAWN));

    public boolean isRegistered() {
        return REGISTERED.contains(this);
    }
}
