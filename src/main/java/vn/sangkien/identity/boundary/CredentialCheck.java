package vn.sangkien.identity.boundary;

import vn.sangkien.platform.time.Moments;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.identity.entity.User;
import vn.sangkien.identity.entity.UserPrincipal;

/**
 * The full credential check against the users table: PBKDF2, and a lock after consecutive wrong
 * passwords, counted in the database so that every instance of a cluster sees it.
 */
@Stateless
public class CredentialCheck {

    private static final Logger LOG = Logger.getLogger(CredentialCheck.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sangkien.security.lockout-attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "sangkien.security.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    public Optional<UserPrincipal> verify(String username, String password) {
        Instant now = Moments.now();
        User user = em.createQuery("SELECT u FROM User u WHERE u.username = :username", User.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (user == null) {
            PasswordHash.verifyDecoy(password);
            return Optional.empty();
        }
        if (user.isLockedAt(now)) {
            return Optional.empty();
        }
        if (!PasswordHash.verify(password, user.getPasswordHash())) {
            recordFailure(user, now);
            return Optional.empty();
        }
        if (!user.isActive()) {
            return Optional.empty();
        }
        em.createQuery("UPDATE User u SET u.failedLogins = 0 WHERE u.id = :id AND u.failedLogins > 0")
                .setParameter("id", user.getId()).executeUpdate();
        return Optional.of(user.toPrincipal());
    }

    /** One more failure, counted in one statement so that concurrent failures all count. */
    private void recordFailure(User user, Instant now) {
        em.createQuery("UPDATE User u SET u.failedLogins = u.failedLogins + 1 WHERE u.id = :id")
                .setParameter("id", user.getId()).executeUpdate();
        int failures = em.createQuery("SELECT u.failedLogins FROM User u WHERE u.id = :id", Integer.class)
                .setParameter("id", user.getId()).getSingleResult();
        if (failures >= lockoutAttempts) {
            em.createQuery("UPDATE User u SET u.failedLogins = 0, u.lockedUntil = :until WHERE u.id = :id")
                    .setParameter("until", now.plus(Duration.ofMinutes(lockoutMinutes)))
                    .setParameter("id", user.getId()).executeUpdate();
            LOG.warning(() -> "User " + user.getUsername() + " locked for " + lockoutMinutes
                    + " minutes after " + failures + " wrong passwords");
        }
    }
}
