package vn.sangkien.demo.entity;

import java.time.Instant;
import java.time.LocalDate;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.InitiativeStatus;

/** One workflow step of a planned initiative, by a demo user at an instant; a recognition has its decision. */
public record PlannedStep(Action action, InitiativeStatus from, InitiativeStatus to, String actor, Instant at,
                          String comment, String decisionNumber, LocalDate decisionDate) {
}
