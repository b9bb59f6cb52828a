package vn.sangkien.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.sangkien.identity.control.SignInThrottle.State;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofSeconds(60), Duration.ofMinutes(15));

    @Test
    void theFirstFiveFailuresCostNothing() {
        State state = null;
        for (int i = 1; i <= 5; i++) {
            state = throttle.afterFailure(state, T0.plusSeconds(i));
            assertEquals(i, state.failures());
            assertNull(state.blockedUntil());
            assertFalse(throttle.isBlocked(state, T0.plusSeconds(i)));
        }
    }

    @Test
    void laterFailuresWaitLongerDoublingFromOneSecond() {
        State state = failures(5, T0);
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        Instant now = T0;
        for (long seconds : expected) {
            now = now.plusSeconds(100);
            state = throttle.afterFailure(state, now);
            assertEquals(now.plusSeconds(seconds), state.blockedUntil());
            assertTrue(throttle.isBlocked(state, now.plusSeconds(seconds).minusMillis(1)));
            assertFalse(throttle.isBlocked(state, now.plusSeconds(seconds)));
        }
    }

    @Test
    void aFloodKeepsTheOwnerOutForAtMostTheCapOnceItStops() {
        // A flood refused during its blocks does not count; each failure it gets checked blocks at most 60 s.
        State state = null;
        Instant now = T0;
        for (int i = 0; i < 10_000; i++) {
            if (!throttle.isBlocked(state, now)) {
                state = throttle.afterFailure(state, now);
            }
            now = now.plusMillis(10);
        }
        assertTrue(Duration.between(now, state.blockedUntil()).compareTo(Duration.ofSeconds(60)) <= 0);
        assertFalse(throttle.isBlocked(state, now.plusSeconds(60)));
    }

    @Test
    void aPairQuietForFifteenMinutesStartsAgain() {
        State state = failures(8, T0);
        State later = throttle.afterFailure(state, state.lastFailureAt().plus(Duration.ofMinutes(15)));
        assertEquals(1, later.failures());
        assertNull(later.blockedUntil());
        State sooner = throttle.afterFailure(state, state.lastFailureAt().plus(Duration.ofMinutes(14)));
        assertEquals(9, sooner.failures());
    }

    @Test
    void noStateIsNeverBlocked() {
        assertFalse(throttle.isBlocked(null, T0));
    }

    @Test
    void zeroFreeFailuresBlocksFromTheFirst() {
        SignInThrottle strict = new SignInThrottle(0, Duration.ofSeconds(60), Duration.ofMinutes(15));
        assertEquals(T0.plusSeconds(1), strict.afterFailure(null, T0).blockedUntil());
    }

    private State failures(int count, Instant from) {
        State state = null;
        for (int i = 0; i < count; i++) {
            state = throttle.afterFailure(state, from.plusSeconds(i));
        }
        return state;
    }
}
