package vn.sangkien.identity.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.identity.entity.User;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.rest.JsonBody;
import vn.sangkien.platform.time.Moments;

/**
 * The full credential check against the users table: PBKDF2, with wrong passwords throttled per
 * account and source ({@link SignInThrottling}). A throttled, unknown, deactivated or wrongly typed
 * account gets the same answer after the same work (one key derivation), so that the answer tells
 * nothing about the account.
 */
@Stateless
public class CredentialCheck {

    private static final Logger LOG = Logger.getLogger(CredentialCheck.class.getName());
    /** Longer names cannot be an account (usernames have at most 60 characters); they are not recorded. */
    private static final int MAX_ACCOUNT_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInThrottling throttling;

    /** The user with these credentials; a refusal is counted and audited as having come through this channel. */
    public Optional<UserPrincipal> verify(String username, String password, String source, Channel channel) {
        Instant now = Moments.now();
        if (!isAccountName(username)) {
            PasswordHash.verifyDecoy(password);
            return Optional.empty();
        }
        if (throttling.isBlocked(username, source, now)) {
            PasswordHash.verifyDecoy(password);
            LOG.info(() -> "Sign-in refused: " + username + " from " + source + " (blocked after wrong passwords)");
            return Optional.empty();
        }
        User user = em.createQuery("SELECT u FROM User u WHERE u.username = :username", User.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        // A password with control characters was never set (bodies refuse them), and PBKDF2 would take
        // one with trailing NULs for the password without them (HMAC pads its key with zeros).
        boolean valid = user == null || !JsonBody.isClean(password) ? PasswordHash.verifyDecoy(password)
                : PasswordHash.verify(password, user.getPasswordHash());
        if (!valid || !user.isActive()) {
            String reason = user == null ? "no such account" : valid ? "deactivated" : "wrong password";
            LOG.info(() -> "Sign-in refused: " + username + " from " + source + " (" + reason + ")");
            // Counted from the end of the check: a block lasts its whole length after the answer.
            recordFailure(username, source, channel, reason,
                    user == null ? null : user.getOrganization().getCode(), Moments.now());
            return Optional.empty();
        }
        LOG.info(() -> "Signed in: " + username + " from " + source);
        throttling.clear(username, source);
        return Optional.of(principal(user));
    }

    /**
     * The signed-in user as the database has them now: the same principal while the account is
     * unchanged (one query by primary key), a fresh one after a change of roles, organization or name,
     * and empty once the account is deactivated, gone or given another password.
     */
    public Optional<UserPrincipal> current(UserPrincipal known) {
        List<Object[]> rows = em.createQuery("SELECT u.version, u.active FROM User u WHERE u.id = :id", Object[].class)
                .setParameter("id", known.userId()).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[1])) {
            return Optional.empty();
        }
        if (((Number) rows.get(0)[0]).longValue() == known.version()) {
            return Optional.of(known);
        }
        UserPrincipal now = principal(em.find(User.class, known.userId()));
        return now.credentialStamp().equals(known.credentialStamp()) ? Optional.of(now) : Optional.empty();
    }

    private static UserPrincipal principal(User user) {
        return user.toPrincipal(PasswordHash.stamp(user.getPasswordHash()));
    }

    /** Counted once even when another instance races to count the same account and source first. */
    private void recordFailure(String account, String source, Channel channel, String reason, String organizationCode,
                               Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                throttling.recordFailure(account, source, channel, reason, organizationCode, now);
                return;
            } catch (EJBException e) {
                if (attempt == 2) {
                    LOG.log(Level.WARNING, "A wrong password for " + account + " could not be counted", e);
                    return;
                }
            }
        }
    }

    private static boolean isAccountName(String username) {
        return username != null && !username.isEmpty() && username.length() <= MAX_ACCOUNT_LENGTH
                && JsonBody.isClean(username);
    }
}
