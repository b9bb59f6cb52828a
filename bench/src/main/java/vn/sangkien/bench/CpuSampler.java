package vn.sangkien.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU went during a measured window (Linux /proc; figures are absent elsewhere): the server
 * process's CPU time (when its pid is known) and its split by kind of thread, this generator's own, and
 * how busy the whole machine was — which on a shared machine also shows load that is neither.
 */
final class CpuSampler {

    /** Clock ticks per second of /proc/[pid]/stat and /proc/stat; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(long serverTicks, long generatorNanos, long machineBusyTicks, long machineTotalTicks,
                    Map<Long, Long> postgresTicks, Map<Long, ServerThread> serverThreads) {
    }

    /** One thread of the server: its kind and its CPU ticks (user + system) so far. */
    record ServerThread(String kind, long ticks) {
    }

    /**
     * The kinds of server threads, by the start of their names (as /proc shows them, at most 15
     * characters): what a request costs is the request and writer threads; the compilers and the
     * collector are the JVM's own work, which moves from run to run.
     */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("http-thread-poo", "request");
        KINDS.put("sangkien-regist", "registration writer");
        KINDS.put("http-listener", "listener");
        KINDS.put("C2 CompilerThre", "JIT");
        KINDS.put("C1 CompilerThre", "JIT");
        KINDS.put("GC Thread", "GC");
        KINDS.put("G1 ", "GC");
    }

    /**
     * CPU seconds used in the window by the server, this generator, PostgreSQL (all its processes) and everything
     * else on the machine; and how busy the machine was overall.
     */
    record Usage(double serverCpuSeconds, double generatorCpuSeconds, double postgresCpuSeconds,
                 double otherCpuSeconds, double machineBusyPercent, Map<String, Double> serverCpuSecondsByKind) {

        /**
         * The usage of two windows together, this one {@code seconds} long and the other {@code otherSeconds}:
         * CPU seconds add up, the machine's busy share is weighted by the windows' lengths.
         */
        Usage plus(double seconds, Usage other, double otherSeconds) {
            Map<String, Double> byKind = new LinkedHashMap<>(serverCpuSecondsByKind);
            other.serverCpuSecondsByKind.forEach((kind, cpu) -> byKind.merge(kind, cpu, Double::sum));
            return new Usage(serverCpuSeconds + other.serverCpuSeconds, generatorCpuSeconds + other.generatorCpuSeconds,
                    postgresCpuSeconds + other.postgresCpuSeconds, otherCpuSeconds + other.otherCpuSeconds,
                    (machineBusyPercent * seconds + other.machineBusyPercent * otherSeconds) / (seconds + otherSeconds),
                    byKind);
        }
    }

    private final long serverPid;

    CpuSampler(long serverPid) {
        this.serverPid = serverPid;
    }

    Snapshot snapshot() {
        long server = -1;
        if (serverPid > 0) {
            try {
                server = ticks(Files.readString(Path.of("/proc", Long.toString(serverPid), "stat")));
            } catch (IOException | RuntimeException e) {
                server = -1;
            }
        }
        Map<Long, Long> postgres = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    if (name(stat).equals("postgres")) {
                        postgres.put(Long.parseLong(p.getFileName().toString()), ticks(stat));
                    }
                } catch (IOException | RuntimeException e) {
                    // the process has gone
                }
            });
        } catch (IOException | RuntimeException e) {
            postgres.clear();
        }
        long generator = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            generator = os.getProcessCpuTime();
        }
        long busy = -1;
        long total = -1;
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long sum = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                sum += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            total = sum;
            busy = sum - idle;
        } catch (IOException | RuntimeException e) {
            busy = -1;
        }
        return new Snapshot(server, generator, busy, total, postgres, serverThreads());
    }

    private Map<Long, ServerThread> serverThreads() {
        Map<Long, ServerThread> threads = new HashMap<>();
        if (serverPid <= 0) {
            return threads;
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(serverPid), "task"))) {
            tasks.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    threads.put(Long.parseLong(t.getFileName().toString()),
                            new ServerThread(kind(name(stat)), ticks(stat)));
                } catch (IOException | RuntimeException e) {
                    // the thread has gone
                }
            });
        } catch (IOException | RuntimeException e) {
            threads.clear();
        }
        return threads;
    }

    /** The command (or thread) name of a /proc stat line: the text in parentheses. */
    private static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** User + system CPU ticks of a /proc stat line: fields 14 and 15, counted after the name. */
    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static String kind(String threadName) {
        return KINDS.entrySet().stream().filter(k -> threadName.startsWith(k.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }

    static Usage between(Snapshot a, Snapshot b) {
        double server = a.serverTicks() >= 0 && b.serverTicks() >= 0
                ? (b.serverTicks() - a.serverTicks()) / TICKS_PER_SECOND : Double.NaN;
        double generator = a.generatorNanos() >= 0 && b.generatorNanos() >= 0
                ? (b.generatorNanos() - a.generatorNanos()) / 1e9 : Double.NaN;
        long total = b.machineTotalTicks() - a.machineTotalTicks();
        double busy = a.machineBusyTicks() >= 0 && b.machineBusyTicks() >= 0 && total > 0
                ? 100.0 * (b.machineBusyTicks() - a.machineBusyTicks()) / total : Double.NaN;
        double postgres = 0;
        for (Map.Entry<Long, Long> e : b.postgresTicks().entrySet()) {
            postgres += (e.getValue() - a.postgresTicks().getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND;
        }
        double machineBusySeconds = a.machineBusyTicks() >= 0 && b.machineBusyTicks() >= 0
                ? (b.machineBusyTicks() - a.machineBusyTicks()) / TICKS_PER_SECOND : Double.NaN;
        double other = machineBusySeconds - (Double.isNaN(server) ? 0 : server) - generator - postgres;
        Map<String, Double> byKind = new LinkedHashMap<>();
        new LinkedHashSet<>(KINDS.values()).forEach(kind -> byKind.put(kind, 0.0));
        byKind.put("other", 0.0);
        for (Map.Entry<Long, ServerThread> e : b.serverThreads().entrySet()) {
            ServerThread before = a.serverThreads().get(e.getKey());
            long ticks = e.getValue().ticks() - (before == null ? 0 : before.ticks());
            byKind.merge(e.getValue().kind(), ticks / TICKS_PER_SECOND, Double::sum);
        }
        return new Usage(server, generator, postgres, Math.max(0, other), busy, byKind);
    }
}
