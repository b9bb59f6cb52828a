package vn.sangkien.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-22T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final CredentialCache<String> cache = new CredentialCache<>(Duration.ofSeconds(60), 3, clock);
    private final AtomicInteger verifications = new AtomicInteger();

    /** A verification that accepts only "secret-1" and counts its calls. */
    private Optional<String> get(String username, String password) {
        return cache.get(username, password, () -> {
            verifications.incrementAndGet();
            return password.equals("secret-1") ? Optional.of("principal of " + username) : Optional.empty();
        });
    }

    @Test
    void remembersOnlyTheExactCredentialsForTheTimeToLive() {
        assertEquals(Optional.of("principal of kh.unit"), get("kh.unit", "secret-1"));
        assertEquals(Optional.of("principal of kh.unit"), get("kh.unit", "secret-1"));
        assertEquals(1, verifications.get());
        assertEquals(Optional.empty(), get("kh.unit", "secret-2"));
        assertEquals(2, verifications.get());
        // the wrong password made the user's remembered credentials go: verified again
        assertEquals(Optional.of("principal of kh.unit"), get("kh.unit", "secret-1"));
        assertEquals(3, verifications.get());
        get("kh.uni", "tsecret-1");
        assertEquals(4, verifications.get());
        clock.now = clock.now.plusSeconds(60);
        get("kh.unit", "secret-1");
        assertEquals(5, verifications.get());
    }

    @Test
    void anEntryInTheLastQuarterOfItsLifeIsVerifiedAgainByOneCaller() {
        get("a", "secret-1");
        clock.now = clock.now.plusSeconds(44);
        get("a", "secret-1");
        assertEquals(1, verifications.get());
        clock.now = clock.now.plusSeconds(2);
        get("a", "secret-1");
        get("a", "secret-1");
        assertEquals(2, verifications.get(), "one refresh at 46 s");
        clock.now = clock.now.plusSeconds(44);
        get("a", "secret-1");
        assertEquals(2, verifications.get(), "the refreshed entry is good for 45 s more without a check");
    }

    @Test
    void forgettingAUserDropsAllTheirEntries() {
        get("a", "secret-1");
        get("b", "secret-1");
        cache.forget("a");
        get("a", "secret-1");
        get("b", "secret-1");
        assertEquals(3, verifications.get());
    }

    @Test
    void concurrentCallersShareOneVerification() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<String>>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("c", "secret-1", () -> {
                verifications.incrementAndGet();
                inside.countDown();
                await(release);
                return Optional.of("C");
            })));
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get("c", "secret-1", () -> {
                    verifications.incrementAndGet();
                    return Optional.of("other");
                })));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<Optional<String>> answer : answers) {
                assertEquals(Optional.of("C"), answer.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, verifications.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingVerificationFailsItsCallerAndIsTriedAgainNextTime() {
        assertThrows(IllegalStateException.class, () -> cache.get("d", "secret-1", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(Optional.of("principal of d"), get("d", "secret-1"));
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < 10; i++) {
            get("user" + i, "secret-1");
        }
        assertTrue(cache.size() <= 3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
