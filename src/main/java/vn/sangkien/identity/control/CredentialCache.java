package vn.sangkien.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short while, credentials that passed the slow PBKDF2 check, so that a
 * returning integration client costs one HMAC instead of a key derivation. Entries are keyed by
 * an HMAC of the username and password under a random key that never leaves this process: the
 * cache holds no password nor anything that could be tried offline. Changing a user drops the
 * user's entries; other instances forget them within the time to live.
 */
public final class CredentialCache<V> {

    private record Entry<V>(String username, V value, Instant expires) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
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

    public V get(String username, String password) {
        String id = keyOf(username, password);
        Entry<V> entry = entries.get(id);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(id, entry);
            return null;
        }
        return entry.value();
    }

    public void put(String username, String password, V value) {
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(keyOf(username, password), new Entry<>(username, value, now.plus(timeToLive)));
    }

    /** Forgets every remembered credential of a user (password, roles or status changed). */
    public void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    public int size() {
        return entries.size();
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
