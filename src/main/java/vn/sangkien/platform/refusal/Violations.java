package vn.sangkien.platform.refusal;

import vn.sangkien.platform.rest.JsonBody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.sangkien.platform.refusal.BusinessException.FieldError;
import vn.sangkien.platform.refusal.BusinessException.Kind;
import vn.sangkien.platform.time.CalendarRange;

/** Collects every bad field of a request, so that one answer names them all. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... args) {
        errors.add(new FieldError(field, messageKey, args));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the request with every violation found so far, if there is one. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new BusinessException(Kind.VALIDATION, errors, "problem.validation");
        }
    }

    /**
     * Resolves a code that a request names (an organization, campaign, cluster) through a lookup
     * that sees only the caller's scope: an unknown or out-of-scope code is a violation of the field.
     */
    public <T> T reference(String field, String code, Function<String, Optional<T>> lookup, boolean required) {
        if (code == null || code.isBlank()) {
            if (required && !has(field)) {
                add(field, "field.required");
            }
            return null;
        }
        if (!JsonBody.isClean(code)) {
            // A code with control characters names nothing, and some databases refuse to even look (NUL).
            add(field, "field.characters");
            return null;
        }
        T found = lookup.apply(code.strip()).orElse(null);
        if (found == null) {
            add(field, "reference.unknown");
        }
        return found;
    }

    /**
     * Text limits shared by every channel. Lengths count UTF-16 code units, as H2 counts the length of
     * a column (PostgreSQL counts characters, never more): a character outside the Basic Multilingual
     * Plane, an emoji for instance, counts as two, so whatever passes fits either database.
     */
    public String text(String field, String value, int min, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required && !has(field)) {
                add(field, "field.required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() < min || trimmed.length() > max) {
            add(field, "field.length", min, max);
        }
        return trimmed;
    }

    /** A calendar date in the years {@link CalendarRange} allows, or a violation of the field. */
    public LocalDate date(String field, LocalDate value) {
        if (value != null && !CalendarRange.contains(value)) {
            add(field, "field.date.range", CalendarRange.FIRST_YEAR, CalendarRange.LAST_YEAR);
            return null;
        }
        return value;
    }

    /** An instant in the years {@link CalendarRange} allows, or a violation of the field. */
    public Instant instant(String field, Instant value) {
        if (value != null && !CalendarRange.contains(value)) {
            add(field, "field.date.range", CalendarRange.FIRST_YEAR, CalendarRange.LAST_YEAR);
            return null;
        }
        return value;
    }
}
