package vn.sangkien.initiative.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.sangkien.platform.persistence.Databases;
import vn.sangkien.platform.persistence.Sequences;

/**
 * Group commit of registrations. Requests put their registration in a queue and wait; a few writer
 * threads take whatever has gathered (at most one batch per millisecond each), write it as one
 * {@link InitiativeWriter} and commit once. So the database's durable commit, not each request's
 * own, sets the pace, and a request is answered only after the commit that holds its registration.
 *
 * <p>What a batch does not write, or loses to an error before its commit (rolled back whole), comes
 * back {@link Outcome#notWritten}, for the caller to take the careful way. When a batch fails without
 * an answer from the database (a lost connection), the writer asks on a new connection which of it is
 * stored (a failure of the commit itself may have stored all of it), so that no registration is lost
 * nor written twice; when it cannot tell, the outcome is {@link Outcome#unknown}. A request waits a
 * bounded time, and withdraws a registration that no writer took meanwhile.
 */
public final class RegistrationQueue {

    private static final Logger LOG = Logger.getLogger(RegistrationQueue.class.getName());
    private static final int MAX_BATCH = 64;
    /**
     * The shortest time from one batch to the next: at 16 clients on 2 cores, 1 ms gave more
     * registrations per second than gathering by yielding the core while the queue grew.
     */
    private static final long MIN_CYCLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /**
     * Written (with its entry); not written, to be answered elsewhere; not written because the writer
     * could not take it in time or is stopping (answer: unavailable, nothing stored); or unknown
     * (its commit was sent and not confirmed: it may be stored).
     */
    public record Outcome(InitiativeWriter.Entry written, boolean unknown, boolean unavailable) {
        static final Outcome NOT_WRITTEN = new Outcome(null, false, false);
        static final Outcome UNKNOWN = new Outcome(null, true, false);
        static final Outcome UNAVAILABLE = new Outcome(null, false, true);

        Outcome(InitiativeWriter.Entry written) {
            this(written, false, false);
        }

        public boolean notWritten() {
            return written == null && !unknown && !unavailable;
        }
    }

    /** A registration waiting in the queue; a writer takes it, or its request withdraws it, never both. */
    private record Pending(InitiativeWriter.Draft draft, CompletableFuture<Outcome> outcome, AtomicBoolean claimed) {
        Pending(InitiativeWriter.Draft draft) {
            this(draft, new CompletableFuture<>(), new AtomicBoolean());
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }

    private final DataSource dataSource;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Sequences.Block initiativeIds = new Sequences.Block(InitiativeWriter.INITIATIVE_SEQUENCE);
    private final Sequences.Block stepIds = new Sequences.Block(InitiativeWriter.STEP_SEQUENCE);
    private final Sequences.Block auditIds = new Sequences.Block(InitiativeWriter.AUDIT_SEQUENCE);
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    public RegistrationQueue(DataSource dataSource, ThreadFactory threads, int writerCount) {
        this.dataSource = dataSource;
        for (int i = 0; i < Math.max(1, writerCount); i++) {
            Thread writer = threads.newThread(this::writeUntilStopped);
            writer.setName("sangkien-registration-writer-" + i);
            writers.add(writer);
            writer.start();
        }
    }

    /**
     * Writes the registration with the next batch and waits for its commit. A registration that no
     * writer took within {@code patience} (a writer held up by a locked table, say) is withdrawn and
     * comes back {@link Outcome#unavailable}: it will never be written. One that a writer took is
     * waited for another {@code patience}, long enough for any statement to fail by its timeouts;
     * beyond that, or when interrupted, the outcome is unknown (its commit may still happen).
     */
    public Outcome register(InitiativeWriter.Draft draft, Duration patience) {
        return registerAll(List.of(draft), patience).get(0);
    }

    /**
     * Registers several at once, as {@link #register} does each: all are queued before any is
     * waited for, so that they share batches. The outcomes are in the order of the drafts.
     */
    public List<Outcome> registerAll(List<InitiativeWriter.Draft> drafts, Duration patience) {
        List<Pending> queued = new ArrayList<>(drafts.size());
        for (InitiativeWriter.Draft draft : drafts) {
            queued.add(enqueue(draft));
        }
        List<Outcome> outcomes = new ArrayList<>(drafts.size());
        for (Pending pending : queued) {
            outcomes.add(pending == null ? Outcome.UNAVAILABLE : await(pending, patience));
        }
        return outcomes;
    }

    /** The registration in the queue; null when the writers are stopping. */
    private Pending enqueue(InitiativeWriter.Draft draft) {
        if (!running) {
            return null;
        }
        Pending pending = new Pending(draft);
        queue.add(pending);
        if (!running && pending.claim()) {
            // Stopped while queuing: no writer will take it any more.
            queue.remove(pending);
            return null;
        }
        return pending;
    }

    private Outcome await(Pending pending, Duration patience) {
        try {
            try {
                return pending.outcome().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (pending.claim()) {
                    queue.remove(pending);
                    LOG.warning("A registration waited " + patience.toSeconds() + " s for a writer; withdrawn");
                    return Outcome.UNAVAILABLE;
                }
                return pending.outcome().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return pending.claim() ? Outcome.UNAVAILABLE : Outcome.UNKNOWN;
        } catch (TimeoutException e) {
            LOG.warning("A registration waited " + 2 * patience.toSeconds() + " s for its commit");
            return Outcome.UNKNOWN;
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "A registration batch failed unexpectedly", e.getCause());
            return Outcome.UNKNOWN;
        }
    }

    /** How many registrations wait for a writer to take them. */
    public int waiting() {
        return queue.size();
    }

    /**
     * Stops the writers after the batches in hand; what is still queued is not written. A writer is
     * interrupted only when its batch outlasts the grace period: an interrupt in the middle of a write
     * can close an embedded database's files.
     */
    public void stop() {
        running = false;
        try {
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(2));
                if (writer.isAlive()) {
                    writer.interrupt();
                    writer.join(TimeUnit.SECONDS.toMillis(10));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.stream().filter(Pending::claim).forEach(p -> p.outcome().complete(Outcome.UNAVAILABLE));
    }

    private void writeUntilStopped() {
        long lastTaken = System.nanoTime() - MIN_CYCLE_NANOS;
        while (running) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> taken = new ArrayList<>();
                taken.add(first);
                gather(lastTaken + MIN_CYCLE_NANOS);
                lastTaken = System.nanoTime();
                queue.drainTo(taken, MAX_BATCH - 1);
                // What its request withdrew meanwhile is not written.
                taken.stream().filter(Pending::claim).forEach(batch::add);
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                batch.forEach(p -> p.outcome().complete(Outcome.UNAVAILABLE));
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // A writer outlives any fault. Whatever write() did not answer may be stored: unknown.
                LOG.log(Level.SEVERE, "Registration writer failed", e);
                batch.forEach(p -> p.outcome().complete(Outcome.UNKNOWN));
            }
        }
    }

    /**
     * Lets registrations gather until {@code due} (or a full batch): a batch is taken no sooner than
     * {@link #MIN_CYCLE_NANOS} after the one before, so when they come faster than that they wait for
     * the next commit together, while the writer sleeps and leaves the cores to the requests; at a
     * slower pace nobody waits. Bigger batches mean fewer commits and fewer statements.
     */
    private void gather(long due) {
        long now;
        while (queue.size() < MAX_BATCH - 1 && (now = System.nanoTime()) - due < 0) {
            LockSupport.parkNanos(due - now);
        }
    }

    private void write(List<Pending> batch) {
        List<InitiativeWriter.Entry> entries = new ArrayList<>(batch.size());
        boolean[] written;
        try (Connection connection = dataSource.getConnection()) {
            for (Pending p : batch) {
                entries.add(new InitiativeWriter.Entry(initiativeIds.next(connection), stepIds.next(connection),
                        auditIds.next(connection), p.draft()));
            }
            written = InitiativeWriter.store(connection, entries);
        } catch (RuntimeException e) {
            // Not an answer of the database: the batch may have been stored before it. Never written twice.
            LOG.log(Level.SEVERE, "A batch of " + batch.size() + " registrations failed unexpectedly;"
                    + " looking which of them are stored", e);
            written = entries.size() < batch.size() ? new boolean[batch.size()] : stored(entries);
        } catch (SQLException e) {
            if (entries.size() < batch.size()) {
                // No connection, or no ids: nothing was sent. The careful way answers each one.
                LOG.log(Level.WARNING, "A batch of " + batch.size() + " registrations could not start;"
                        + " they are taken one by one", e);
                written = new boolean[batch.size()];
            } else if (Databases.answeredWith(e)) {
                // The database answered with an error (a lock or statement timeout, say): it rolled the
                // batch back, so nothing is stored. The careful way answers each one.
                LOG.log(Level.WARNING, "A batch of " + batch.size() + " registrations was refused by the database;"
                        + " they are taken one by one", e);
                written = new boolean[batch.size()];
            } else {
                LOG.log(Level.WARNING, "A batch of " + batch.size() + " registrations failed;"
                        + " looking which of them are stored", e);
                written = stored(entries);
            }
        }
        // Not written while stopping: nothing may take the careful way any more.
        Outcome notWritten = running ? Outcome.NOT_WRITTEN : Outcome.UNAVAILABLE;
        for (int i = 0; i < batch.size(); i++) {
            Outcome outcome = written == null ? Outcome.UNKNOWN
                    : written[i] ? new Outcome(entries.get(i)) : notWritten;
            batch.get(i).outcome().complete(outcome);
        }
    }

    /**
     * After a failed batch: which of it is stored? A failure before the commit leaves nothing, a
     * failure of the commit itself may leave all of it; the database tells, on a new connection. Null
     * when it cannot be asked.
     */
    private boolean[] stored(List<InitiativeWriter.Entry> entries) {
        try (Connection connection = dataSource.getConnection()) {
            return InitiativeWriter.stored(connection, entries);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not find out whether a registration batch was stored", e);
            return null;
        }
    }
}
