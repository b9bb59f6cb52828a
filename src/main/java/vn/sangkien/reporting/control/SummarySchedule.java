package vn.sangkien.reporting.control;

import vn.sangkien.platform.time.Moments;

import jakarta.ejb.ScheduleExpression;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The schedule of SCHEDULED summary snapshots, as {@code SANGKIEN_SUMMARY_SCHEDULE} writes it:
 * the attributes of an EJB calendar expression separated by semicolons, e.g.
 * {@code minute=30;hour=0;timezone=Asia/Ho_Chi_Minh} (the default: every day at 00:30 in Vietnam)
 * or {@code second=*&#47;10;minute=*;hour=*}. Attributes left out keep the EJB defaults (0 for
 * second, minute and hour, every day).
 */
public final class SummarySchedule {

    public static final String DEFAULT = "minute=30;hour=0;timezone=" + Moments.VIETNAM_ZONE;

    /** What a calendar attribute's value is made of: numbers, names, *, ranges, lists, increments. */
    private static final Pattern VALUE = Pattern.compile("[0-9A-Za-z*/,\\- ]+");

    private SummarySchedule() {
    }

    public static ScheduleExpression parse(String text) {
        ScheduleExpression expression = new ScheduleExpression().timezone(Moments.VIETNAM_ZONE);
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Not attribute=value: '" + part.strip() + "' in " + text);
            }
            String value = part.substring(equals + 1).strip();
            String attribute = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (!attribute.equals("timezone") && !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("Not a calendar value: '" + part.strip() + "' in " + text);
            }
            switch (attribute) {
                case "second" -> expression.second(value);
                case "minute" -> expression.minute(value);
                case "hour" -> expression.hour(value);
                case "dayofmonth" -> expression.dayOfMonth(value);
                case "month" -> expression.month(value);
                case "dayofweek" -> expression.dayOfWeek(value);
                case "year" -> expression.year(value);
                case "timezone" -> expression.timezone(zone(value, text));
                default -> throw new IllegalArgumentException("Unknown attribute '" + part.strip() + "' in " + text);
            }
        }
        return expression;
    }

    private static String zone(String value, String text) {
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + value + "' in " + text, e);
        }
    }
}
