package vn.sangkien.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.identity.control.CredentialCache;
import vn.sangkien.identity.entity.UserPrincipal;

/**
 * Authenticates a username and password: a returning client is answered from a short cache of
 * verified credentials (one HMAC, no transaction, see {@link CredentialCache}); anyone else goes
 * through the database check with PBKDF2 and lockout ({@link CredentialCheck}).
 */
@ApplicationScoped
public class UserAuthentication {

    @Inject
    CredentialCheck check;

    @Inject
    @ConfigProperty(name = "sangkien.security.credential-cache-seconds", defaultValue = "60")
    int cacheSeconds;

    private CredentialCache<UserPrincipal> verified;

    @PostConstruct
    void init() {
        verified = new CredentialCache<>(Duration.ofSeconds(cacheSeconds), 10_000, Clock.systemUTC());
    }

    public Optional<UserPrincipal> authenticate(String username, String password) {
        // A wrong password may be the start of a lockout: the cache then forgets the user, so that
        // every further attempt goes through the database, where the lock is decided.
        return verified.get(username, password, () -> check.verify(username, password));
    }

    /** Forgets the user's verified credentials: their password, roles or status changed. */
    public void forget(String username) {
        verified.forget(username);
    }
}
