package vn.sangkien.reporting.entity;

/** A field of application's registered and recognised initiatives in a review report. */
public record FieldFigures(String fieldCode, String fieldName, long registered, long recognized) {
}
