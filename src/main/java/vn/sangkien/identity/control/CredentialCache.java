package vn.sangkien.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short while, credentials that passed the slow PBKDF2 check, so that a
 * returning integration client costs one HMAC instead of a key derivation. Entries are keyed by
 * an HMAC of the username and password under a random key that never leaves this process: the
 * cache holds no password nor anything that could be tried offline. Changing a user drops the
 * user's entries; other instances forget them within the time to live.
 *
 * <p>A client that sends many requests at once must not pay the key derivation once per request
 * when its entry runs out (measured: 16 parallel derivations every minute held requests for
 * seconds). So concurrent callers with the same credentials share one verification, and an entry
 * in the last quarter of its life is verified again by one caller while the others go on using it
 * until it expires: never longer than the time to live.
 */
public final class CredentialCache<V> {

    private record Entry<V>(String username, V value, Instant refreshFrom, Instant expires, AtomicBoolean refreshing) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<V>>> verifying = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration timeToLive;
    private final int maxEntries;
    private final Clock clock;

    public CredentialCache(Duration timeToLive, int maxEntries, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /**
     * The value remembered for these credentials, or else the one {@code verify} gives, which is
     * remembered when present; when absent (a wrong password), every entry of the user is
     * forgotten, so that the user's next attempts go through {@code verify} too.
     */
    public Optional<V> get(String username, String password, Supplier<Optional<V>> verify) {
        String id = keyOf(username, password);
        Instant now = clock.instant();
        Entry<V> entry = entries.get(id);
        if (entry != null && now.isBefore(entry.expires())) {
            if (now.isBefore(entry.refreshFrom()) || !entry.refreshing().compareAndSet(false, true)) {
                return Optional.of(entry.value());
            }
        } else if (entry != null) {
            entries.remove(id, entry);
        }
        CompletableFuture<Optional<V>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<V>> running = verifying.putIfAbsent(id, mine);
        if (running != null) {
            return awaitOther(running);
        }
        try {
            Optional<V> result = verify.get();
            if (result.isPresent()) {
                put(id, username, result.get());
            } else {
                forget(username);
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            verifying.remove(id, mine);
        }
    }

    /** Forgets every remembered credential of a user (password, roles or status changed). */
    public void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    public int size() {
        return entries.size();
    }

    private static <V> Optional<V> awaitOther(CompletableFuture<Optional<V>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void put(String id, String username, V value) {
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        Instant refreshFrom = now.plus(timeToLive.multipliedBy(3).dividedBy(4));
        entries.put(id, new Entry<>(username, value, refreshFrom, now.plus(timeToLive), new AtomicBoolean()));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
