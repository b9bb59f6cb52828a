package vn.sangkien.initiative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;

/**
 * Group commit on a migrated database (H2, and PostgreSQL in CI's PostgreSQL run): every registration
 * is answered after the commit that holds it, exactly once, and a failure anywhere leaves the data
 * whole and the answer true. A batch is committed by {@code Connection.commit} on H2 and by its one
 * statement on PostgreSQL: the faults hit whichever does it.
 */
class RegistrationQueueTest {

    /** What the next commits do. */
    private enum CommitFault { NONE, FAIL_AFTER_STORING, THROW_AFTER_STORING, FAIL_WITHOUT_STORING, REFUSED_BY_A_LOCK_TIMEOUT }

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RegistryFixture db;
    private String provincePath;
    private ExecutorService clients;
    private RegistrationQueue queue;
    private final AtomicInteger commits = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CommitFault commitFault = CommitFault.NONE;
    private volatile boolean connectionsRefusedAfterFault;
    private volatile boolean faultHappened;
    private final AtomicBoolean writerHeld = new AtomicBoolean();

    @BeforeEach
    void start() throws SQLException {
        db = RegistryFixture.onTestDatabase();
        provincePath = db.pathOf("P");
        clients = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void stop() throws Exception {
        if (queue != null) {
            queue.stop();
        }
        clients.shutdownNow();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        db.close();
    }

    @Test
    void concurrent_registrations_are_each_written_once_with_fewer_commits() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 2);
        int perClient = 40;
        List<Future<List<RegistrationQueue.Outcome>>> results = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            results.add(clients.submit(() -> {
                List<RegistrationQueue.Outcome> outcomes = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    outcomes.add(queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE));
                }
                return outcomes;
            }));
        }
        Set<Long> initiativeIds = new HashSet<>();
        Set<Long> stepIds = new HashSet<>();
        for (Future<List<RegistrationQueue.Outcome>> result : results) {
            for (RegistrationQueue.Outcome outcome : result.get(60, TimeUnit.SECONDS)) {
                assertNotNull(outcome.written(), "every valid registration is written");
                assertTrue(initiativeIds.add(outcome.written().initiativeId()));
                assertTrue(stepIds.add(outcome.written().transitionId()));
            }
        }
        int total = 16 * perClient;
        assertEquals(total, db.count("SELECT COUNT(*) FROM initiative"));
        assertEquals(total, db.count("SELECT COUNT(*) FROM initiative_author"));
        assertEquals(total, db.count("SELECT COUNT(*) FROM initiative_transition t JOIN initiative i"
                + " ON i.id = t.initiative_id AND t.action = 'REGISTER'"));
        assertTrue(commits.get() < total, "registrations share commits: " + commits.get() + " for " + total);
    }

    @Test
    void what_the_rules_refuse_is_not_written_and_the_rest_of_its_batch_is() throws Exception {
        List<Future<RegistrationQueue.Outcome>> batch = oneBatch(
                draft("OPEN-P", RegistryFixture.content()),
                draft("ENDED", RegistryFixture.content()),
                draft("OPEN-P", RegistryFixture.content()));
        assertNotNull(batch.get(0).get(30, TimeUnit.SECONDS).written());
        assertTrue(batch.get(1).get(30, TimeUnit.SECONDS).notWritten());
        assertNotNull(batch.get(2).get(30, TimeUnit.SECONDS).written());
        assertEquals(3, db.count("SELECT COUNT(*) FROM initiative"), "the two of this batch and the one before");
    }

    @Test
    void an_error_in_a_batch_rolls_it_back_whole_and_sends_each_the_careful_way() throws Exception {
        InitiativeContent negativeValue = new InitiativeContent("Sáng kiến có giá trị âm", "TECHNOLOGY", "Tóm tắt",
                null, null, null, null, null, null, null, null, -1L, false, null,
                List.of(new Author("Lê Văn Tám", null, new BigDecimal("100"))));
        List<Future<RegistrationQueue.Outcome>> batch = oneBatch(
                draft("OPEN-P", RegistryFixture.content()),
                draft("OPEN-P", negativeValue),
                draft("OPEN-P", RegistryFixture.content()));
        for (Future<RegistrationQueue.Outcome> outcome : batch) {
            assertTrue(outcome.get(30, TimeUnit.SECONDS).notWritten());
        }
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative"), "only the one before");
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative_author"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative_transition"));
    }

    @Test
    void a_commit_that_fails_after_storing_is_answered_as_written() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        commitFault = CommitFault.FAIL_AFTER_STORING;
        RegistrationQueue.Outcome outcome = queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE);
        assertTrue(faultHappened);
        assertNotNull(outcome.written(), "stored, so written: sending it again would register it twice");
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative WHERE id = " + outcome.written().initiativeId()));
    }

    @Test
    void an_unexpected_error_after_the_commit_is_answered_as_written_never_twice() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        commitFault = CommitFault.THROW_AFTER_STORING;
        RegistrationQueue.Outcome outcome = queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE);
        assertTrue(faultHappened);
        assertNotNull(outcome.written(), "stored, so written: the careful way would register it a second time");
        assertEquals(1, db.count("SELECT COUNT(*) FROM initiative"));
    }

    @Test
    void a_commit_that_fails_without_storing_is_answered_as_not_written() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        commitFault = CommitFault.FAIL_WITHOUT_STORING;
        RegistrationQueue.Outcome outcome = queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE);
        assertTrue(faultHappened);
        assertTrue(outcome.notWritten(), "not stored, so the careful way may write it");
        assertEquals(0, db.count("SELECT COUNT(*) FROM initiative"));
    }

    @Test
    void a_failed_commit_that_nobody_can_check_is_unknown() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        commitFault = CommitFault.FAIL_AFTER_STORING;
        connectionsRefusedAfterFault = true;
        RegistrationQueue.Outcome outcome = queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE);
        assertTrue(outcome.unknown());
    }

    @Test
    void a_batch_the_database_refused_is_not_written_without_asking_what_is_stored() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        commitFault = CommitFault.REFUSED_BY_A_LOCK_TIMEOUT;
        connectionsRefusedAfterFault = true;
        RegistrationQueue.Outcome outcome = queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE);
        assertTrue(faultHappened);
        assertTrue(outcome.notWritten(), "the database answered, so it rolled back: no need to ask, nothing stored");
        assertEquals(0, db.count("SELECT COUNT(*) FROM initiative"));
    }

    @Test
    void a_registration_no_writer_takes_in_time_is_withdrawn_and_never_written() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        gate = new CountDownLatch(1);
        Future<RegistrationQueue.Outcome> taken = clients.submit(() -> queue.register(draft("OPEN-P",
                RegistryFixture.content()), PATIENCE));
        awaitHeld();
        RegistrationQueue.Outcome late = queue.register(draft("OPEN-P", RegistryFixture.content()),
                Duration.ofMillis(200));
        assertTrue(late.unavailable(), "answered 503 'not stored' while the writer is held up");
        gate.countDown();
        assertNotNull(taken.get(30, TimeUnit.SECONDS).written());
        awaitWaiting(0);
        assertNotNull(queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE).written());
        assertEquals(2, db.count("SELECT COUNT(*) FROM initiative"), "the withdrawn one was never written");
    }

    @Test
    void stopping_answers_what_waits_as_unavailable() throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        gate = new CountDownLatch(1);
        Future<RegistrationQueue.Outcome> taken = clients.submit(() -> queue.register(draft("OPEN-P",
                RegistryFixture.content()), PATIENCE));
        awaitHeld();
        Future<RegistrationQueue.Outcome> waiting = clients.submit(() -> queue.register(draft("OPEN-P",
                RegistryFixture.content()), PATIENCE));
        awaitWaiting(1);
        queue.stop();
        assertTrue(taken.get(30, TimeUnit.SECONDS).unavailable());
        assertTrue(waiting.get(30, TimeUnit.SECONDS).unavailable());
        assertTrue(queue.register(draft("OPEN-P", RegistryFixture.content()), PATIENCE).unavailable());
        assertEquals(0, db.count("SELECT COUNT(*) FROM initiative"));
    }

    /**
     * Registers the drafts in one batch behind a first registration: one writer takes the first and
     * is held at its connection until all the others wait in the queue.
     */
    private List<Future<RegistrationQueue.Outcome>> oneBatch(InitiativeWriter.Draft... drafts) throws Exception {
        queue = new RegistrationQueue(faulty(), Executors.defaultThreadFactory(), 1);
        CountDownLatch held = new CountDownLatch(1);
        gate = held;
        Future<RegistrationQueue.Outcome> first = clients.submit(() -> queue.register(draft("OPEN-P",
                RegistryFixture.content()), PATIENCE));
        awaitHeld();
        List<Future<RegistrationQueue.Outcome>> batch = new ArrayList<>();
        for (var draft : drafts) {
            batch.add(clients.submit(() -> queue.register(draft, PATIENCE)));
        }
        awaitWaiting(drafts.length);
        held.countDown();
        assertNotNull(first.get(30, TimeUnit.SECONDS).written());
        return batch;
    }

    /** Waits until a writer is held at the gate, with its batch in hand. */
    private void awaitHeld() throws InterruptedException {
        awaitUntil(writerHeld::get, "a writer held at the gate");
    }

    /** Waits until {@code n} registrations wait in the queue. */
    private void awaitWaiting(int n) throws InterruptedException {
        awaitUntil(() -> queue.waiting() == n, n + " registrations waiting");
    }

    private static void awaitUntil(BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(5);
        }
    }

    private InitiativeWriter.Draft draft(String campaign, InitiativeContent content) {
        return new InitiativeWriter.Draft(campaign, "D1", content, InitiativeStatus.SUBMITTED, "officer",
                provincePath, RegistryFixture.NOW);
    }

    /** The fixture's data source, with the faults and the gate of this test. */
    private DataSource faulty() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return invoke(method, db.dataSource, args);
                    }
                    writerHeld.set(gate.getCount() > 0);
                    try {
                        if (!gate.await(30, TimeUnit.SECONDS)) {
                            throw new SQLException("gate never opened");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted while held", e);
                    } finally {
                        writerHeld.set(false);
                    }
                    if (faultHappened && connectionsRefusedAfterFault) {
                        throw new SQLException("the database is gone");
                    }
                    return connection((Connection) invoke(method, db.dataSource, args));
                });
    }

    /** The connection with this test's faults at the commit: {@code commit()} on H2, the batch's statement on PostgreSQL. */
    private Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        return commit(() -> real.commit(), () -> real.rollback(), () -> invoke(method, real, args));
                    }
                    Object result = invoke(method, real, args);
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith("WITH written")) {
                        return oneStatementCommit((PreparedStatement) result);
                    }
                    return result;
                });
    }

    /** PostgreSQL's batch: one statement in auto-commit mode, committed by executing it. */
    private PreparedStatement oneStatementCommit(PreparedStatement real) {
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("executeQuery") && args == null) {
                        Object[] result = new Object[1];
                        commit(() -> result[0] = real.executeQuery(), () -> { }, () -> result[0] = real.executeQuery());
                        return result[0];
                    }
                    return invoke(method, real, args);
                });
    }

    private interface Step {
        void run() throws Throwable;
    }

    /** A commit as {@link #commitFault} says: {@code store} commits, {@code undo} leaves nothing, {@code normal} is the real thing. */
    private Object commit(Step store, Step undo, Step normal) throws Throwable {
        commits.incrementAndGet();
        switch (commitFault) {
            case FAIL_AFTER_STORING -> {
                store.run();
                faultHappened = true;
                throw new SQLException("connection lost after the commit", "08006");
            }
            case THROW_AFTER_STORING -> {
                store.run();
                faultHappened = true;
                throw new IllegalStateException("a driver's bug after the commit");
            }
            case FAIL_WITHOUT_STORING -> {
                undo.run();
                faultHappened = true;
                throw new SQLException("connection lost before the commit", "08006");
            }
            case REFUSED_BY_A_LOCK_TIMEOUT -> {
                undo.run();
                faultHappened = true;
                throw new SQLException("canceling statement due to lock timeout", "55P03");
            }
            default -> {
                normal.run();
                return null;
            }
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
