package vn.sangkien.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The years a date of this domain can fall in: initiatives applied, decisions taken, pacts signed,
 * campaign windows. Anything outside is a typing error (or an attack on the database's own limits)
 * and is refused rather than stored as something else.
 */
public final class CalendarRange {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    /** The longest a campaign's window may last. */
    public static final Period LONGEST_WINDOW = Period.ofYears(100);

    private static final Instant EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.ofHours(14)).toInstant();
    private static final Instant AFTER_LATEST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.ofHours(-12))
            .toInstant();

    private CalendarRange() {
    }

    public static boolean contains(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** An instant that falls in those years somewhere on Earth (offsets from −12:00 to +14:00). */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(AFTER_LATEST);
    }
}
