package vn.sangkien.platform.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision every database keeps (milliseconds), so that what a write
 * answers equals what a later read returns.
 */
public final class Moments {

    private Moments() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
