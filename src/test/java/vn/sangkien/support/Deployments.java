package vn.sangkien.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The deployment of the integration tests: the WAR that the build produced (target/sangkien.war),
 * never an archive assembled from classes. Use from a {@code @Deployment(testable = false)} method.
 */
public final class Deployments {

    private Deployments() {
    }

    public static File builtWar() {
        String path = System.getProperty("sangkien.war", "target/sangkien.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("The built WAR is missing: " + war.getAbsolutePath()
                    + " (run the integration tests with `mvn verify`)");
        }
        return war;
    }

    /**
     * The WAR to deploy. Also empties the Payara root directory of arquillian.xml first: Payara Micro
     * redeploys whatever application its root directory remembers before deploying the new one, so a
     * kept root would first run the previous build's copy (and its migrations) against the database.
     */
    public static WebArchive war() {
        awaitFreePorts();
        cleanPayaraRoot();
        writeTestPreBootCommands();
        return ShrinkWrap.create(ZipImporter.class, "sangkien.war")
                .importFrom(builtWar())
                .as(WebArchive.class);
    }

    /**
     * Another build in the same working tree (or a previous Payara that is still stopping) may hold the
     * ports of arquillian.xml: wait for them (bounded) rather than collide with it, and never touch
     * the root directory of a running Payara.
     */
    static void awaitFreePorts() {
        int http = Integer.getInteger("payara.it.httpPort", 47145);
        int cluster = Integer.getInteger("payara.clusterPort", 47140);
        long deadline = System.currentTimeMillis() + 15 * 60_000L;
        while (!free(http) || !free(cluster)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Ports " + http + "/" + cluster
                        + " stay in use: another Payara of the integration tests is running");
            }
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /**
     * The run command's pre-boot commands (target/server-config, with the address filled in) for the
     * Payara of arquillian.xml, but with the listener open from the start: the Arquillian adapter
     * reads the HTTP port from the boot descriptor, which leaves out a closed listener, and no
     * post-deploy command would open it.
     */
    static void writeTestPreBootCommands() {
        Path runCommands = Path.of("target", "server-config", "pre-boot-commands.asadmin");
        try {
            String commands = Files.readString(runCommands).lines()
                    .filter(line -> !line.contains("http-listener.enabled=false"))
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(Path.of("target", "it-pre-boot-commands.asadmin"), commands);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runCommands.toAbsolutePath() + " (run `mvn verify`)", e);
        }
    }

    static void cleanPayaraRoot() {
        // the same folder as --rootdir in arquillian.xml
        Path root = Path.of("target", "payara-it-root-" + Integer.getInteger("payara.it.httpPort", 47145)).toAbsolutePath();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + root, e);
        }
    }

    /** The bootstrap admin's password (SANGKIEN_ADMIN_PASSWORD of the Payara under test). */
    public static String adminPassword() {
        String p = System.getProperty("sangkien.it.adminPassword");
        if (p == null || p.isBlank()) {
            p = System.getenv("SANGKIEN_ADMIN_PASSWORD");
        }
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("sangkien.it.adminPassword / SANGKIEN_ADMIN_PASSWORD is not set");
        }
        return p;
    }

    /**
     * A suffix for this run's codes and usernames (upper case): the database may hold earlier
     * runs' data (PostgreSQL in CI, a kept H2 folder), so every run makes its own.
     */
    public static String runSuffix() {
        return Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase(Locale.ROOT)
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36).toUpperCase(Locale.ROOT);
    }
}
