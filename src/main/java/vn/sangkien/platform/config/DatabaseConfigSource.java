package vn.sangkien.platform.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the application datasource's settings from the documented environment variables, so
 * that one immutable WAR runs on the embedded H2 by default and on PostgreSQL as soon as
 * {@code SANGKIEN_DB_URL} is set: the driver class follows the URL, which plain property
 * expressions cannot express.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String CLASS_NAME = "sangkien.datasource.class-name";
    static final String URL = "sangkien.datasource.url";
    static final String USER = "sangkien.datasource.user";
    static final String PASSWORD = "sangkien.datasource.password";

    /** How long a statement waits for a lock held by another transaction before it fails. */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2);
    /** How long a statement may run; the summaries of a national dataset take well under a second. */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final String H2_DATASOURCE = "org.h2.jdbcx.JdbcDataSource";
    private static final String POSTGRESQL_DATASOURCE = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(CLASS_NAME, URL, USER, PASSWORD);
    }

    @Override
    public String getValue(String name) {
        return settings().get(name);
    }

    @Override
    public Map<String, String> getProperties() {
        return settings();
    }

    /** Above the environment (300) so that the derived values win over anything half-set. */
    @Override
    public int getOrdinal() {
        return 400;
    }

    @Override
    public String getName() {
        return "sangkien-database";
    }

    static Map<String, String> settings() {
        return settings(setting("SANGKIEN_DB_URL"), setting("SANGKIEN_DB_USER"),
                setting("SANGKIEN_DB_PASSWORD"), setting("SANGKIEN_DATA_DIR"));
    }

    static Map<String, String> settings(String dbUrl, String dbUser, String dbPassword, String dataDir) {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return Map.of(CLASS_NAME, POSTGRESQL_DATASOURCE, URL, withTimeouts(dbUrl.trim()),
                    USER, dbUser == null ? "" : dbUser, PASSWORD, dbPassword == null ? "" : dbPassword);
        }
        Path dir = Path.of(dataDir == null || dataDir.isBlank() ? "./data" : dataDir).toAbsolutePath().normalize();
        // WRITE_DELAY=0: a committed registration is on disk before the answer goes out.
        String url = "jdbc:h2:file:" + dir.resolve("sangkien") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + ";LOCK_TIMEOUT=" + LOCK_TIMEOUT.toMillis() + ";QUERY_TIMEOUT=" + STATEMENT_TIMEOUT.toMillis();
        return Map.of(CLASS_NAME, H2_DATASOURCE, URL, url, USER, "sangkien", PASSWORD, "sangkien");
    }

    /**
     * A PostgreSQL URL with the session's lock and statement timeouts and the driver's connect and
     * read timeouts, each unless the URL sets it already: a locked table or a stalled server then
     * costs a request seconds, not the time the lock lasts.
     */
    static String withTimeouts(String url) {
        StringBuilder with = new StringBuilder(url);
        String lower = url.toLowerCase(Locale.ROOT);
        char separator = url.contains("?") ? '&' : '?';
        if (!lower.contains("options=")) {
            String options = "-c lock_timeout=" + LOCK_TIMEOUT.toMillis() + " -c statement_timeout="
                    + STATEMENT_TIMEOUT.toMillis();
            with.append(separator).append("options=").append(URLEncoder.encode(options, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (!lower.contains("connecttimeout=")) {
            with.append(separator).append("connectTimeout=").append(CONNECT_TIMEOUT.toSeconds());
            separator = '&';
        }
        if (!lower.contains("sockettimeout=")) {
            // Longer than any statement may run: only a server that stopped answering reaches it.
            with.append(separator).append("socketTimeout=").append(STATEMENT_TIMEOUT.plus(CONNECT_TIMEOUT).toSeconds());
        }
        return with.toString();
    }

    /** Environment first, then a system property of the same name (handy for -D in tests). */
    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }
}
