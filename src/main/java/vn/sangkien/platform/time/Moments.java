package vn.sangkien.platform.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision every database keeps (milliseconds), so that what a write
 * answers equals what a later read returns; and Vietnam's time zone, in which officers read days and hours.
 */
public final class Moments {

    /** Vietnam's time zone by name, for SQL and EJB schedules. */
    public static final String VIETNAM_ZONE = "Asia/Ho_Chi_Minh";
    public static final ZoneId VIETNAM = ZoneId.of(VIETNAM_ZONE);

    private Moments() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
