package vn.sangkien.platform.rest;

import vn.sangkien.platform.refusal.Violations;

import java.util.regex.Pattern;

/** The codes that name organizations, campaigns and clusters: 2–40 letters, digits, '-', '_' or '.'. */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");

    private Codes() {
    }

    /** Checks a code that a request creates; returns it stripped, or null after naming the problem. */
    public static String check(Violations violations, String field, String code) {
        if (code == null || code.isBlank()) {
            violations.add(field, "field.required");
            return null;
        }
        String stripped = code.strip();
        if (!CODE.matcher(stripped).matches()) {
            violations.add(field, "field.code");
            return null;
        }
        return stripped;
    }
}
