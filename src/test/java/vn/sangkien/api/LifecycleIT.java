package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.PayaraProcess;

/**
 * Starting and stopping as production does ({@code server-config/payara-micro.sh} through
 * {@link PayaraProcess}): until the application is ready a client meets a refused connection or a
 * 503 with {@code Retry-After}, never a half-deployed application's 404 or 500; HTTP listens on
 * loopback unless {@code SANGKIEN_BIND_ADDRESS} names another address, as the kernel's table of
 * listening sockets shows; while it stops, what comes meanwhile is answered 503 (the moment between
 * the application's end and the listener's, the container's, is documented in the README).
 */
class LifecycleIT {

    private static final int HTTP_PORT = 47385;
    private static final int CLUSTER_PORT = 47380;

    @TempDir
    Path dataDir;

    @Test
    void boots_without_a_404_or_500_listens_on_loopback_and_stops_with_503() {
        PayaraProcess payara = PayaraProcess.launch(options("lifecycle"));
        try {
            List<String> answers = pollUntilReady(payara);
            assertTrue(answers.stream().allMatch(a -> a.startsWith("refused") || a.startsWith("503 retry")),
                    "while booting: " + answers);
            assertEquals(Set.of("127.0.0.1"), listeningAddresses(HTTP_PORT), "HTTP on loopback only");

            List<String> duringStop = new ArrayList<>();
            Thread client = new Thread(() -> {
                Api api = payara.api().allowServerErrors().as("admin", Deployments.adminPassword());
                long deadline = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < deadline) {
                    String answer = answer(api, "me");
                    duringStop.add(answer);
                    if (answer.startsWith("refused")) {
                        return;
                    }
                }
            });
            client.start();
            payara.stop();
            client.join(70_000);
            // While the application stops, it (or the container for it) answers 503; once it is gone the
            // container answers for a moment until its listener closes: never a 404, never a body naming
            // the server (a proxy stops routing to an instance before stopping it, README).
            assertFalse(duringStop.stream().anyMatch(a -> a.startsWith("404") || a.contains("payara")),
                    "while stopping: " + duringStop);
            assertTrue(duringStop.stream().takeWhile(a -> !a.startsWith("500")).allMatch(a -> a.startsWith("200")
                    || a.startsWith("503")), "200, then 503 while the application stops: " + duringStop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            payara.kill();
        }
    }

    @Test
    void listens_where_SANGKIEN_BIND_ADDRESS_says() {
        // Another loopback address: the variable is obeyed, and nothing leaves this machine.
        try (PayaraProcess payara = PayaraProcess.start(options("bind").env("SANGKIEN_BIND_ADDRESS", "127.0.0.2")
                .apiHost("127.0.0.2"))) {
            assertEquals(Set.of("127.0.0.2"), listeningAddresses(HTTP_PORT));
            payara.admin().get("me").expect(200);
        }
    }

    private PayaraProcess.Options options(String name) {
        return PayaraProcess.options(name, HTTP_PORT, CLUSTER_PORT, "sangkien-lifecycle")
                .env("SANGKIEN_DATA_DIR", dataDir.toString());
    }

    /** Polls the API and a console page until the application answers; what it met on the way. */
    private static List<String> pollUntilReady(PayaraProcess payara) {
        Api admin = payara.api().allowServerErrors().as("admin", Deployments.adminPassword());
        Api anonymous = payara.api().allowServerErrors();
        List<String> met = new ArrayList<>();
        long deadline = System.currentTimeMillis() + PayaraProcess.START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            String api = answer(admin, "me");
            String page = answer(anonymous, "/login.xhtml");
            if (api.startsWith("200") && page.startsWith("200")) {
                return met;
            }
            met.add(api);
            met.add(page);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("never ready: " + met + "\n" + payara.tail(60));
    }

    /** "refused", or the status, whether it said when to retry, the kind of body. */
    private static String answer(Api api, String path) {
        try {
            Api.Response r = api.get(path);
            return r.status() + (r.header("Retry-After").isPresent() ? " retry " : " ") + r.contentType()
                    + (r.text().toLowerCase(java.util.Locale.ROOT).contains("payara") ? " payara" : "");
        } catch (UncheckedIOException e) {
            return "refused";
        }
    }

    /** The local addresses of the sockets listening on a TCP port, from /proc/net/tcp and tcp6. */
    static Set<String> listeningAddresses(int port) {
        Set<String> addresses = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.strip().split("\\s+");
                    String[] local = fields[1].split(":");
                    if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
                        addresses.add(address(local[0]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return addresses;
    }

    /** An address of /proc/net: IPv4 as 4 bytes little-endian, IPv6 as 4 such words (IPv4-mapped shown as IPv4). */
    private static String address(String hex) {
        String ipv4 = hex.length() == 8 ? hex : hex.startsWith("0000000000000000FFFF0000") ? hex.substring(24) : null;
        if (ipv4 == null) {
            return hex.equals("00000000000000000000000000000000") ? "::" : hex;
        }
        return Integer.parseInt(ipv4.substring(6, 8), 16) + "." + Integer.parseInt(ipv4.substring(4, 6), 16) + "."
                + Integer.parseInt(ipv4.substring(2, 4), 16) + "." + Integer.parseInt(ipv4.substring(0, 2), 16);
    }
}
