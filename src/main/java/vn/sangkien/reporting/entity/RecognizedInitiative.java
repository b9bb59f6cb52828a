package vn.sangkien.reporting.entity;

import java.time.LocalDate;

/** A recognised initiative as a review report lists it. */
public record RecognizedInitiative(long id, String title, String unitCode, String unitName, String fieldName,
                                   Long estimatedValueVnd, String decisionNumber, LocalDate recognitionDate) {
}
