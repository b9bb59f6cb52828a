package vn.sangkien.initiative.boundary;

import java.time.Instant;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.initiative.entity.InitiativeTransition;

/** One step of an initiative's history on the wire. */
public record HistoryEntry(String action, InitiativeStatus from, InitiativeStatus to, String by, Instant at,
                           String comment) {

    public static HistoryEntry of(InitiativeTransition t) {
        return new HistoryEntry(t.getAction(), t.getFromStatus(), t.getToStatus(), t.getActor(), t.getHappenedAt(),
                t.getComment());
    }
}
