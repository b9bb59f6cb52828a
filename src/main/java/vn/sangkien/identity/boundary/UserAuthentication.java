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
import vn.sangkien.platform.audit.Channel;

/**
 * Authenticates a username and password: a returning client is answered from a short cache of
 * verified credentials (one HMAC, no transaction, see {@link CredentialCache}); anyone else goes
 * through the database check with PBKDF2 and throttling ({@link CredentialCheck}).
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

    /**
     * The user with these credentials, signing in from this source address (throttled per account and
     * source) through this channel.
     */
    public Optional<UserPrincipal> authenticate(String username, String password, String source, Channel channel) {
        // A wrong password may be the start of a throttle: the cache then forgets the user, so that
        // every further attempt goes through the database, where the throttle is decided.
        return verified.get(username, password, () -> check.verify(username, password, source, channel));
    }

    /**
     * A signed-in user as the database has them now (a session follows its account): empty once it
     * is deactivated or its password changed, with the current roles after a change of roles.
     */
    public Optional<UserPrincipal> current(UserPrincipal known) {
        return check.current(known);
    }

    /** Forgets the user's verified credentials: their password, roles or status changed. */
    public void forget(String username) {
        verified.forget(username);
    }
}
