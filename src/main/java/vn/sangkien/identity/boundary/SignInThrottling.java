package vn.sangkien.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.identity.control.SignInThrottle;
import vn.sangkien.identity.entity.SignInFailures;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.audit.Channel;

/**
 * The throttle of wrong passwords ({@link SignInThrottle}) kept in the database, so that every
 * instance of a cluster applies the same blocks. Each failure is counted in a transaction of its
 * own under a row lock, and audited in that transaction, with the block it starts if any. Attempts
 * refused unchecked while a block lasts are not recorded one by one: the block's entry stands for them.
 */
@Stateless
public class SignInThrottling {

    private static final Logger LOG = Logger.getLogger(SignInThrottling.class.getName());
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "sangkien.security.free-failures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "sangkien.security.max-block-seconds", defaultValue = "60")
    int maxBlockSeconds;

    private SignInThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new SignInThrottle(freeFailures, Duration.ofSeconds(maxBlockSeconds), FORGET_AFTER);
    }

    /** Is a sign-in to this account from this source refused unchecked now? */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isBlocked(String account, String source, Instant now) {
        SignInFailures row = em.find(SignInFailures.class, new SignInFailures.Key(account, source));
        return row != null && throttle.isBlocked(row.state(), now);
    }

    /**
     * Counts one more failure and records the refusal; fails on a race with another instance's first
     * failure (try again).
     *
     * @param organizationCode the account's organization, null when there is no such account
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String account, String source, Channel channel, String reason, String organizationCode,
                              Instant now) {
        var key = new SignInFailures.Key(account, source);
        SignInFailures row = em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
        SignInThrottle.State after = throttle.afterFailure(row == null ? null : row.state(), now);
        if (row == null) {
            // Rows that no longer count go when new ones come, so that the table stays small.
            em.createQuery("DELETE FROM SignInFailures f WHERE f.lastFailureAt < :stale")
                    .setParameter("stale", now.minus(throttle.forgetAfter())).executeUpdate();
            em.persist(new SignInFailures(key, after));
        } else {
            row.record(after);
        }
        audit.record(channel, account, AuditedType.SESSION, account, organizationCode, "SIGN_IN_REFUSED",
                "source " + source + ", " + reason);
        if (after.blockedUntil() != null) {
            String detail = "source " + source + ", " + after.failures() + " wrong passwords in a row, blocked until "
                    + after.blockedUntil();
            audit.record(channel, account, AuditedType.SESSION, account, organizationCode, "LOCK", detail);
            LOG.warning(() -> "Sign-in to " + account + " throttled: " + detail);
        }
        em.flush();
    }

    /** A successful sign-in from this source clears its failures. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(String account, String source) {
        em.createQuery("DELETE FROM SignInFailures f WHERE f.key.account = :account AND f.key.source = :source")
                .setParameter("account", account).setParameter("source", source).executeUpdate();
    }
}
