package vn.sangkien.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Throttling of wrong passwords per account <em>and</em> source address, instead of locking the
 * account: a flood from one place never keeps the owner out elsewhere, and even where it comes from
 * the owner's own address, no block lasts longer than {@code maxBlock}.
 *
 * <p>The first {@code freeFailures} failures cost nothing. Each later one blocks the pair for 1 s,
 * 2 s, 4 s … up to {@code maxBlock}; attempts during a block are refused without looking at the
 * password and do not count, so a flood cannot lengthen a block. A pair without a failure for
 * {@code forgetAfter} starts again from nothing, and a successful sign-in clears it.
 */
public final class SignInThrottle {

    /** What is known of an account and source: failures in a row, the block, the last failure. */
    public record State(int failures, Instant blockedUntil, Instant lastFailureAt) {
    }

    private final int freeFailures;
    private final Duration maxBlock;
    private final Duration forgetAfter;

    public SignInThrottle(int freeFailures, Duration maxBlock, Duration forgetAfter) {
        this.freeFailures = Math.max(0, freeFailures);
        this.maxBlock = maxBlock;
        this.forgetAfter = forgetAfter;
    }

    /** Is a sign-in from this account and source refused unchecked now? */
    public boolean isBlocked(State state, Instant now) {
        return state != null && state.blockedUntil() != null && now.isBefore(state.blockedUntil());
    }

    /** The state after one more failure at {@code now} (the previous state may be null). */
    public State afterFailure(State state, Instant now) {
        boolean fresh = state == null || !now.isBefore(state.lastFailureAt().plus(forgetAfter));
        int failures = fresh ? 1 : state.failures() + 1;
        Instant blockedUntil = failures > freeFailures ? now.plus(blockFor(failures - freeFailures)) : null;
        return new State(failures, blockedUntil, now);
    }

    /** The block after the n-th failure beyond the free ones: 1 s, doubling, at most {@code maxBlock}. */
    Duration blockFor(int beyondFree) {
        int doublings = Math.min(beyondFree - 1, 30);
        Duration block = Duration.ofSeconds(1L << doublings);
        return block.compareTo(maxBlock) > 0 ? maxBlock : block;
    }

    /** How long a row without failures is kept: after that it counts for nothing. */
    public Duration forgetAfter() {
        return forgetAfter;
    }
}
