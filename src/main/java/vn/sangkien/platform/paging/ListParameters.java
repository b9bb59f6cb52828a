package vn.sangkien.platform.paging;

import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.rest.JsonBody;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The query parameters of a list, checked as strictly as a body: {@code page} from 0, {@code size}
 * 1–200 (default 20), filter values of bounded clean text; anything else answers 400.
 */
public final class ListParameters {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    private static final int MAX_FILTER_LENGTH = 200;

    private final Violations violations = new Violations();
    private final int page;
    private final int size;

    public ListParameters(String page, String size) {
        this.page = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        this.size = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return page * size;
    }

    /** A filter value, stripped; null when absent or blank. */
    public String filter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (!JsonBody.isClean(stripped) || stripped.length() > MAX_FILTER_LENGTH) {
            violations.add(name, "field.characters");
            return null;
        }
        return stripped;
    }

    /** A filter naming one constant of an enumeration, case-insensitively. */
    public <E extends Enum<E>> E enumFilter(String name, String value, Class<E> type) {
        String text = filter(name, value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(name, "field.oneOf", java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** An ISO-8601 instant with offset, e.g. {@code 2022-05-31T23:59:59+07:00}; null when absent. */
    public Instant instantFilter(String name, String value) {
        String text = filter(name, value);
        if (text == null) {
            return null;
        }
        try {
            return violations.instant(name, OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            violations.add(name, "field.type.instant");
            return null;
        }
    }

    public Violations violations() {
        return violations;
    }

    /** Call after reading every filter: refuses the request if any parameter was bad. */
    public void check() {
        violations.throwIfAny();
    }

    public <T> Page<T> page(java.util.List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    private int number(String name, String text, int defaultValue, int min, int max) {
        return (int) wholeNumber(name, text, defaultValue, min, max);
    }

    /** A whole number from {@code min} to {@code max}; the default when absent. */
    public long wholeNumber(String name, String text, long defaultValue, long min, long max) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, "field.range", min, max);
        return defaultValue;
    }
}
