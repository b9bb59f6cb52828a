package vn.sangkien.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final CredentialCache<String> cache = new CredentialCache<>(Duration.ofSeconds(60), 3, clock);

    @Test
    void remembersOnlyTheExactCredentialsForTheTimeToLive() {
        cache.put("kh.unit", "secret-1", "principal");
        assertEquals("principal", cache.get("kh.unit", "secret-1"));
        assertNull(cache.get("kh.unit", "secret-2"));
        assertNull(cache.get("kh.uni", "tsecret-1"));
        clock.now = clock.now.plusSeconds(60);
        assertNull(cache.get("kh.unit", "secret-1"));
    }

    @Test
    void forgettingAUserDropsAllTheirEntries() {
        cache.put("a", "p1", "A1");
        cache.put("a", "p2", "A2");
        cache.put("b", "p1", "B");
        cache.forget("a");
        assertNull(cache.get("a", "p1"));
        assertNull(cache.get("a", "p2"));
        assertEquals("B", cache.get("b", "p1"));
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < 10; i++) {
            cache.put("user" + i, "pw", "P" + i);
        }
        assertTrue(cache.size() <= 3);
    }
}
