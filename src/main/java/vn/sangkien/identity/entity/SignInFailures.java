package vn.sangkien.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import vn.sangkien.identity.control.SignInThrottle;

/** The wrong passwords given for one account from one source address, and the block they earned. */
@Entity
@Table(name = "sign_in_throttle")
public class SignInFailures {

    /** An account name as typed and a source address (a class: EclipseLink 4 embeds no records). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String account;
        private String source;

        protected Key() {
        }

        public Key(String account, String source) {
            this.account = account;
            this.source = source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.account.equals(account) && k.source.equals(source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(account, source);
        }
    }

    @EmbeddedId
    private Key key;
    private int failures;
    @Column(name = "blocked_until")
    private Instant blockedUntil;
    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected SignInFailures() {
    }

    public SignInFailures(Key key, SignInThrottle.State state) {
        this.key = key;
        record(state);
    }

    public final void record(SignInThrottle.State state) {
        this.failures = state.failures();
        this.blockedUntil = state.blockedUntil();
        this.lastFailureAt = state.lastFailureAt();
    }

    public SignInThrottle.State state() {
        return new SignInThrottle.State(failures, blockedUntil, lastFailureAt);
    }
}
