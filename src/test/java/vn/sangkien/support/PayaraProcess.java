package vn.sangkien.support;

import jakarta.json.JsonObject;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The built WAR on a Payara Micro child process started by the production script
 * {@code server-config/payara-micro.sh}: loopback-only Hazelcast on the given cluster ports and
 * name, the HTTP listener on 127.0.0.1 unless the options set {@code SANGKIEN_BIND_ADDRESS}, a fresh
 * root folder per start, the given environment added to the inherited one, and the output in a log
 * file under {@code target/payara-process/}.
 *
 * <p>{@link #start} returns once the instance is ready: {@code GET /health} answers 200 UP and the
 * bootstrap admin gets 200 from {@code GET /api/v1/me} — Payara Micro keeps running and answers 404
 * when the deployment failed, so the port alone proves nothing. {@link #stop()} ends it gracefully
 * (SIGTERM, then SIGKILL after 60 s), {@link #kill()} hard; {@link #close()} stops. A JVM shutdown
 * hook kills whatever is still running when the test JVM exits.
 *
 * <pre>{@code
 * try (PayaraProcess p = PayaraProcess.start(PayaraProcess.options("catchup", 47281, 47280, "sangkien-catchup")
 *         .env("SANGKIEN_DATA_DIR", dir.toString()))) {
 *     p.admin().get("me").expect(200);
 * }
 * }</pre>
 */
public final class PayaraProcess implements AutoCloseable {

    /** How long {@link #start} waits for readiness at most. */
    public static final long START_TIMEOUT_MS = 180_000;
    private static final long STOP_TIMEOUT_S = 60;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Options options;
    private final Process process;
    private final Path logFile;
    private final Path rootDir;
    private final Thread reaper;

    /** What to start. */
    public static final class Options {
        private final String name;
        private final int httpPort;
        private final int clusterPort;
        private final String clusterName;
        private final List<Integer> clusterMembers = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx768m"));
        private long startTimeoutMs = START_TIMEOUT_MS;
        private String apiHost = "127.0.0.1";

        private Options(String name, int httpPort, int clusterPort, String clusterName) {
            this.name = name;
            this.httpPort = httpPort;
            this.clusterPort = clusterPort;
            this.clusterName = clusterName;
        }

        /** The cluster ports of every member (this one included); default: this instance's alone. */
        public Options clusterMembers(Integer... ports) {
            clusterMembers.clear();
            clusterMembers.addAll(List.of(ports));
            return this;
        }

        /** Adds an environment variable; a null value removes an inherited one. */
        public Options env(String key, String value) {
            env.put(key, value);
            return this;
        }

        /**
         * Where the embedded H2 keeps its files (SANGKIEN_DATA_DIR), when the instance runs on H2
         * ({@link PayaraProcess#onH2()}); on SANGKIEN_DB_URL's database the inherited value stays.
         */
        public Options h2DataDir(Path dir) {
            if (onH2()) {
                env.put("SANGKIEN_DATA_DIR", dir.toString());
            }
            return this;
        }

        public Options env(Map<String, String> more) {
            env.putAll(more);
            return this;
        }

        public Options jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        public Options startTimeoutMs(long ms) {
            startTimeoutMs = Math.min(ms, START_TIMEOUT_MS);
            return this;
        }

        public int httpPort() {
            return httpPort;
        }

        /** The address the test's clients call (where SANGKIEN_BIND_ADDRESS makes HTTP listen). */
        public Options apiHost(String host) {
            apiHost = host;
            return this;
        }
    }

    public static Options options(String name, int httpPort, int clusterPort, String clusterName) {
        return new Options(name, httpPort, clusterPort, clusterName);
    }

    /** Whether the instances run on their embedded H2: SANGKIEN_DB_URL names no shared database. */
    public static boolean onH2() {
        String url = System.getenv("SANGKIEN_DB_URL");
        return url == null || url.isBlank();
    }

    /** A TCP port that is free on loopback when asked: an HTTP port no other build can hold. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PayaraProcess(Options options, Process process, Path logFile, Path rootDir) {
        this.options = options;
        this.process = process;
        this.logFile = logFile;
        this.rootDir = rootDir;
        this.reaper = new Thread(() -> {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }, "payara-reaper-" + options.name);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Launches and waits until the instance is ready (at most 180 s); kills it when it is not. */
    public static PayaraProcess start(Options options) {
        PayaraProcess p = launch(options);
        try {
            p.awaitReady();
            return p;
        } catch (RuntimeException | Error e) {
            p.kill();
            throw e;
        }
    }

    /** Launches without waiting; call {@link #awaitReady()} next. */
    public static PayaraProcess launch(Options options) {
        try {
            Path base = Files.createDirectories(Path.of("target", "payara-process").toAbsolutePath());
            String stamp = LocalDateTime.now().format(STAMP);
            Path runDir = Files.createTempDirectory(base, options.name + "-" + stamp + "-");
            Path rootDir = runDir.resolve("payara-root");
            Path logFile = runDir.resolve("payara.log");

            File microJar = new File(System.getProperty("payara.microJar", "target/payara-micro.jar")).getAbsoluteFile();
            if (!microJar.isFile()) {
                throw new IllegalStateException("Payara Micro jar missing: " + microJar + " (run with `mvn verify`)");
            }
            File war = Deployments.builtWar().getAbsoluteFile();
            List<Integer> members = options.clusterMembers.isEmpty() ? List.of(options.clusterPort) : options.clusterMembers;
            String memberList = members.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));

            // The production start script, so that what it does (address, closed listener until
            // deployed, nameless errors, JSON logs) is what these tests meet.
            List<String> cmd = List.of("sh", new File("server-config/payara-micro.sh").getAbsolutePath());
            ProcessBuilder pb = new ProcessBuilder(cmd);
            Map<String, String> env = pb.environment();
            env.remove("SANGKIEN_DEMO");
            env.remove("SANGKIEN_BIND_ADDRESS");
            env.remove("SANGKIEN_CLUSTER_INTERFACE");
            env.put("PAYARA_MICRO_JAR", microJar.toString());
            env.put("SANGKIEN_WAR", war.toString());
            env.put("PAYARA_ROOT_DIR", rootDir.toString());
            env.put("SANGKIEN_HTTP_PORT", Integer.toString(options.httpPort));
            env.put("SANGKIEN_HAZELCAST_PORT", Integer.toString(options.clusterPort));
            env.put("SANGKIEN_CLUSTER_MEMBERS", memberList);
            env.put("SANGKIEN_CLUSTER_NAME", options.clusterName);
            env.put("JVM_ARGS", String.join(" ", options.jvmOptions));
            if (!options.env.containsKey("SANGKIEN_ADMIN_PASSWORD")) {
                env.put("SANGKIEN_ADMIN_PASSWORD", Deployments.adminPassword());
            }
            options.env.forEach((k, v) -> {
                if (v == null) {
                    env.remove(k);
                } else {
                    env.put(k, v);
                }
            });
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Files.writeString(logFile, "# " + String.join(" ", cmd) + " with " + env.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("SANGKIEN_") || e.getKey().startsWith("PAYARA_")
                            || e.getKey().equals("JVM_ARGS"))
                    .map(Object::toString).collect(Collectors.joining(" ")) + "\n", StandardCharsets.UTF_8);
            Process process = pb.start();
            return new PayaraProcess(options, process, logFile, rootDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (at most the start time-out) for health UP and an authenticated answer from the application. */
    public PayaraProcess awaitReady() {
        long deadline = System.currentTimeMillis() + options.startTimeoutMs;
        Api probe = api().allowServerErrors();
        Api admin = probe.as("admin", Deployments.adminPassword());
        String last = "nothing yet";
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara " + options.name + " exited (" + process.exitValue()
                        + ") before it was ready; see " + logFile + "\n" + tail(80));
            }
            if (log().contains("Deployed 0 archive(s)")) {
                throw new AssertionError("Payara " + options.name + " failed to deploy the WAR; see " + logFile
                        + "\n" + tail(120));
            }
            try {
                Api.Response health = probe.get("/health");
                last = health.toString();
                if (health.status() == 200 && health.jsonValue() instanceof JsonObject h
                        && "UP".equals(h.getString("status", ""))) {
                    Api.Response me = admin.get("me");
                    last = me.toString();
                    if (me.status() == 200) {
                        return this;
                    }
                }
            } catch (UncheckedIOException notYet) {
                last = notYet.getMessage();
            }
            sleep(500);
        }
        throw new AssertionError("Payara " + options.name + " not ready within " + options.startTimeoutMs / 1000
                + " s (last: " + last + "); see " + logFile + "\n" + tail(80));
    }

    /** An anonymous client of this instance. */
    public Api api() {
        return Api.at("http://" + options.apiHost + ":" + options.httpPort);
    }

    /** A client with the bootstrap admin's credentials. */
    public Api admin() {
        return api().as("admin", Deployments.adminPassword());
    }

    public String name() {
        return options.name;
    }

    public int httpPort() {
        return options.httpPort;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public Path rootDir() {
        return rootDir;
    }

    /** Everything Payara wrote so far. */
    public String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (RuntimeException malformed) {
            try {
                return new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** The last {@code lines} lines of the log. */
    public String tail(int lines) {
        String[] all = log().split("\n", -1);
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
    }

    /** Graceful: SIGTERM, up to 60 s, then SIGKILL. Idempotent. */
    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        removeReaper();
    }

    /** Hard: SIGKILL, and waits for the process to be gone. Idempotent. */
    public void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        removeReaper();
    }

    @Override
    public void close() {
        stop();
    }

    private void removeReaper() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException | IllegalArgumentException ignored) {
            // shutting down already, or removed before
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Payara " + options.name + " (pid " + process.pid() + ", http " + options.httpPort + ", cluster "
                + options.clusterPort + " " + options.clusterName + ", log " + logFile + ")";
    }
}
