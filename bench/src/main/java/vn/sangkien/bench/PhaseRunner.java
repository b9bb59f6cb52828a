package vn.sangkien.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Runs one phase: N threads, each with its own {@link Operation}, in a closed loop (a thread sends its next
 * request when the previous one has been answered). All threads start together; the first {@code warmup}
 * is not measured, then {@code measure} is. Every loop is bounded in time and in count.
 */
final class PhaseRunner {

    /** One client's unit of work; created on the thread that uses it. */
    interface Operation extends AutoCloseable {
        /**
         * Does one request. Returns null on success, otherwise a short error key (for example "HTTP 500") — the
         * detail of the first few is printed. May throw: an exception counts as an error.
         */
        Outcome call(int thread, long seq) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface OperationFactory {
        Operation create(int thread) throws Exception;
    }

    /** null key = success. */
    record Outcome(String errorKey, String detail) {
        static final Outcome OK = new Outcome(null, null);

        static Outcome error(String key, String detail) {
            return new Outcome(key, detail);
        }
    }

    /** Latencies up to one minute, in microseconds, three significant digits. */
    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    static final int ERROR_SAMPLES = 3;

    private PhaseRunner() {
    }

    /** Runs the phase {@code name}, announced as {@code heading} (for example with its round). */
    static PhaseResult run(String name, String heading, int threads, Duration warmup, Duration measure,
                           long maxOpsPerThread, CpuSampler cpu, OperationFactory factory) throws InterruptedException {
        AtomicLong startNanos = new AtomicLong();
        CyclicBarrier barrier = new CyclicBarrier(threads, () -> startNanos.set(System.nanoTime()));
        Worker[] workers = new Worker[threads];
        List<Thread> ts = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(i, factory, barrier, startNanos, warmup.toNanos(), measure.toNanos(),
                    maxOpsPerThread, samples);
            Thread t = new Thread(workers[i], name + "-" + i);
            t.setDaemon(true);
            ts.add(t);
        }
        System.out.printf(java.util.Locale.ROOT, "%n== %s: %d threads, %d s warm-up + %.1f s measured%n", heading,
                threads, warmup.toSeconds(), measure.toMillis() / 1000.0);
        ts.forEach(Thread::start);
        // CPU accounting of the measured window: from its start (once all clients have started) to the end.
        CpuSampler.Snapshot cpuStart = null;
        long barrierDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(70);
        while (startNanos.get() == 0 && System.nanoTime() - barrierDeadline < 0 && !barrier.isBroken()) {
            Thread.sleep(5);
        }
        if (startNanos.get() != 0) {
            long untilMeasure = startNanos.get() + warmup.toNanos() - System.nanoTime();
            if (untilMeasure > 0) {
                TimeUnit.NANOSECONDS.sleep(untilMeasure);
            }
            cpuStart = cpu.snapshot();
        }
        // Bounded wait: the loops stop by themselves; a request stuck past its own timeout is not waited for.
        long joinDeadline = System.nanoTime() + warmup.toNanos() + measure.toNanos() + TimeUnit.SECONDS.toNanos(90);
        for (Thread t : ts) {
            long left = joinDeadline - System.nanoTime();
            if (left > 0) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }

        CpuSampler.Usage usage = cpuStart == null ? null : CpuSampler.between(cpuStart, cpu.snapshot());
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long ok = 0;
        long errors = 0;
        long warmupOk = 0;
        long warmupErrors = 0;
        long lastEnd = 0;
        boolean aborted = false;
        Map<String, Long> errorKinds = new TreeMap<>();
        String setupFailure = null;
        for (Worker w : workers) {
            if (!w.done) {
                aborted = true;
            }
            if (w.setupFailure != null && setupFailure == null) {
                setupFailure = w.setupFailure;
            }
            synchronized (w) {
                all.add(w.histogram);
                ok += w.ok;
                errors += w.errors;
                warmupOk += w.warmupOk;
                warmupErrors += w.warmupErrors;
                lastEnd = Math.max(lastEnd, w.lastEnd);
                w.errorKinds.forEach((k, v) -> errorKinds.merge(k, v, Long::sum));
            }
        }
        long measureStart = startNanos.get() + warmup.toNanos();
        double seconds = lastEnd > measureStart ? (lastEnd - measureStart) / 1e9 : measure.toNanos() / 1e9;
        List<String> sampleCopy;
        synchronized (samples) {
            sampleCopy = new ArrayList<>(samples);
        }
        PhaseResult r = new PhaseResult(name, threads, ok, errors, warmupOk, warmupErrors, seconds, all, errorKinds,
                sampleCopy, setupFailure, aborted, usage);
        System.out.printf("   %d ok, %d errors in %.1f s measured (%d ok, %d errors in warm-up)%n", ok, errors,
                seconds, warmupOk, warmupErrors);
        if (usage != null) {
            System.out.printf(java.util.Locale.ROOT, "   CPU seconds in the measured window: server %.1f, generator %.1f,"
                            + " PostgreSQL %.1f, everything else %.1f; whole machine %.0f %% busy%n",
                    usage.serverCpuSeconds(), usage.generatorCpuSeconds(), usage.postgresCpuSeconds(),
                    usage.otherCpuSeconds(), usage.machineBusyPercent());
            if (!Double.isNaN(usage.serverCpuSeconds())) {
                StringBuilder split = new StringBuilder("   the server's CPU seconds by thread:");
                usage.serverCpuSecondsByKind().forEach((kind, cpuSeconds) -> split.append(
                        String.format(java.util.Locale.ROOT, " %s %.1f,", kind, cpuSeconds)));
                System.out.println(split.substring(0, split.length() - 1));
            }
            double capacity = seconds * Runtime.getRuntime().availableProcessors();
            if (usage.otherCpuSeconds() > 0.05 * capacity) {
                System.out.printf(java.util.Locale.ROOT, "   WARNING: other processes took %.0f %% of the machine's CPU"
                        + " during this phase: its figures are not clean%n", 100 * usage.otherCpuSeconds() / capacity);
            }
        }
        if (!errorKinds.isEmpty()) {
            System.out.println("   errors by kind (measured and warm-up): " + errorKinds);
            sampleCopy.forEach(s -> System.out.println("   sample error: " + s));
        }
        if (setupFailure != null) {
            System.out.println("   a client could not start: " + setupFailure);
        }
        if (aborted) {
            System.out.println("   WARNING: some clients were still busy after the phase's time limit");
        }
        return r;
    }

    private static final class Worker implements Runnable {
        final int index;
        final OperationFactory factory;
        final CyclicBarrier barrier;
        final AtomicLong startNanos;
        final long warmupNanos;
        final long measureNanos;
        final long maxOps;
        final List<String> samples;
        final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
        final Map<String, Long> errorKinds = new TreeMap<>();
        long ok;
        long errors;
        long warmupOk;
        long warmupErrors;
        long lastEnd;
        volatile boolean done;
        volatile String setupFailure;

        Worker(int index, OperationFactory factory, CyclicBarrier barrier, AtomicLong startNanos, long warmupNanos,
               long measureNanos, long maxOps, List<String> samples) {
            this.index = index;
            this.factory = factory;
            this.barrier = barrier;
            this.startNanos = startNanos;
            this.warmupNanos = warmupNanos;
            this.measureNanos = measureNanos;
            this.maxOps = maxOps;
            this.samples = samples;
        }

        @Override
        public void run() {
            Operation op = null;
            try {
                try {
                    op = factory.create(index);
                } catch (Exception e) {
                    setupFailure = e.toString();
                }
                try {
                    barrier.await(60, TimeUnit.SECONDS);
                } catch (BrokenBarrierException | java.util.concurrent.TimeoutException e) {
                    setupFailure = setupFailure != null ? setupFailure : "start barrier: " + e;
                    return;
                }
                if (op == null) {
                    return;
                }
                loop(op);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (op != null) {
                    try {
                        op.close();
                    } catch (Exception ignored) {
                        // the phase is over
                    }
                }
                done = true;
            }
        }

        private void loop(Operation op) throws InterruptedException {
            long start = startNanos.get();
            long measureStart = start + warmupNanos;
            long measureEnd = measureStart + measureNanos;
            for (long seq = 0; seq < maxOps; seq++) {
                long t0 = System.nanoTime();
                if (t0 - measureEnd >= 0) {
                    break;
                }
                boolean measured = t0 - measureStart >= 0;
                Outcome outcome;
                try {
                    outcome = op.call(index, seq);
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    outcome = Outcome.error(e.getClass().getSimpleName(), String.valueOf(e));
                }
                long t1 = System.nanoTime();
                synchronized (this) {
                    if (outcome.errorKey() == null) {
                        if (measured) {
                            ok++;
                            histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (t1 - t0) / 1000)));
                            lastEnd = Math.max(lastEnd, t1);
                        } else {
                            warmupOk++;
                        }
                    } else {
                        if (measured) {
                            errors++;
                            lastEnd = Math.max(lastEnd, t1);
                        } else {
                            warmupErrors++;
                        }
                        errorKinds.merge(outcome.errorKey(), 1L, Long::sum);
                        synchronized (samples) {
                            if (samples.size() < ERROR_SAMPLES) {
                                samples.add(outcome.errorKey() + ": " + outcome.detail());
                            }
                        }
                    }
                }
                if (outcome.errorKey() != null) {
                    // An error loop (refused connection, instant 4xx) must not spin a core the server needs.
                    Thread.sleep(5);
                }
            }
        }
    }
}
