package vn.sangkien.initiative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.text.SearchText;

/**
 * A freshly migrated database with a small tree and campaigns around one instant, for the tests of
 * what is written with plain JDBC: an in-memory H2, or ({@link #onTestDatabase}) a scratch database on
 * the PostgreSQL that {@code SANGKIEN_DB_URL} names when it is set, as in CI's PostgreSQL run.
 *
 * <pre>
 * national N ─┬─ province P ─┬─ district D ── grassroots D1
 *             │              └─ grassroots P1
 *             └─ province Q ─── grassroots Q1
 * </pre>
 * Campaigns: OPEN-P, OPEN-N, OPEN-Q (open, organized by P, N, Q), PLANNED (opens just after
 * {@link #NOW}), ENDED (closed at {@code NOW}), CLOSED-EARLY (closed at {@code NOW} inside its window),
 * CLOSING-LATER (to be closed just after {@code NOW}).
 */
final class RegistryFixture implements AutoCloseable {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** Ids of the fixture's organizations and campaigns, whose sequences nothing here draws from. */
    private final AtomicLong ids = new AtomicLong(0);
    final DataSource dataSource;
    final Connection connection;
    /** The PostgreSQL scratch database's name, and where it was created from; null on H2. */
    private final String scratch;
    private final PGSimpleDataSource server;

    /** On an in-memory H2. */
    RegistryFixture() throws SQLException {
        this(null);
    }

    /** On PostgreSQL when {@code SANGKIEN_DB_URL} names one, else on an in-memory H2. */
    static RegistryFixture onTestDatabase() throws SQLException {
        String url = System.getenv("SANGKIEN_DB_URL");
        return new RegistryFixture(url != null && url.startsWith("jdbc:postgresql:") ? url : null);
    }

    private RegistryFixture(String postgresUrl) throws SQLException {
        String vendor;
        if (postgresUrl == null) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:registry" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            dataSource = h2;
            scratch = null;
            server = null;
            vendor = "h2";
        } else {
            scratch = "sangkien_registry_" + System.nanoTime();
            server = postgres(postgresUrl);
            try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + scratch + " TEMPLATE template0 ENCODING 'UTF8'");
            }
            PGSimpleDataSource postgres = postgres(postgresUrl);
            postgres.setDatabaseName(scratch);
            dataSource = postgres;
            vendor = "postgresql";
        }
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        String national = organization("N", "NATIONAL", "/");
        String province = organization("P", "PROVINCE", national);
        String otherProvince = organization("Q", "PROVINCE", national);
        organization("D1", "GRASSROOTS", organization("D", "DISTRICT", province));
        organization("P1", "GRASSROOTS", province);
        organization("Q1", "GRASSROOTS", otherProvince);
        Instant dayBefore = NOW.minus(Duration.ofDays(1));
        Instant dayAfter = NOW.plus(Duration.ofDays(1));
        campaign("OPEN-P", "P", dayBefore, dayAfter, null);
        campaign("OPEN-N", "N", dayBefore, dayAfter, null);
        campaign("OPEN-Q", "Q", dayBefore, dayAfter, null);
        campaign("PLANNED", "P", NOW.plusMillis(1), dayAfter, null);
        campaign("ENDED", "P", NOW.minus(Duration.ofDays(2)), NOW, null);
        campaign("CLOSED-EARLY", "P", dayBefore, dayAfter, NOW);
        campaign("CLOSING-LATER", "P", dayBefore, dayAfter, NOW.plusMillis(1));
        connection.commit();
        // As a pool lends its connections.
        connection.setAutoCommit(true);
    }

    /** A valid content with one author. */
    static InitiativeContent content() {
        return new InitiativeContent("Sáng kiến thử nghiệm", "TECHNOLOGY", "Tóm tắt", null, null, null, null, null,
                null, null, null, null, false, null, List.of(new Author("Lê Văn Tám", null, new BigDecimal("100"))));
    }

    String pathOf(String code) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT path FROM organization WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), code);
                return rs.getString(1);
            }
        }
    }

    ResultSet query(String sql) throws SQLException {
        return connection.createStatement().executeQuery(sql);
    }

    long count(String sql) throws SQLException {
        try (ResultSet rs = query(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (scratch == null) {
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN");
            }
            connection.close();
            return;
        }
        connection.close();
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + scratch + " WITH (FORCE)");
        }
    }

    private static PGSimpleDataSource postgres(String url) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(url);
        postgres.setUser(System.getenv().getOrDefault("SANGKIEN_DB_USER", "postgres"));
        postgres.setPassword(System.getenv().getOrDefault("SANGKIEN_DB_PASSWORD", ""));
        return postgres;
    }

    private String organization(String code, String level, String parentPath) throws SQLException {
        long id = ids.incrementAndGet();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization (id, code, name,"
                + " name_search, org_level, parent_id, path, active, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 1, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, code);
            insert.setString(3, "Đơn vị " + code);
            insert.setString(4, SearchText.of(code));
            insert.setString(5, level);
            String[] ancestors = parentPath.split("/");
            if (ancestors.length == 0) {
                insert.setNull(6, Types.BIGINT);
            } else {
                insert.setLong(6, Long.parseLong(ancestors[ancestors.length - 1]));
            }
            insert.setString(7, parentPath + id + "/");
            insert.setObject(8, utc(NOW));
            insert.setObject(9, utc(NOW));
            insert.executeUpdate();
        }
        return parentPath + id + "/";
    }

    private void campaign(String code, String organizerCode, Instant opensAt, Instant closesAt, Instant closedAt)
            throws SQLException {
        long id = ids.incrementAndGet();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign (id, code, name,"
                + " organizer_id, parent_id, path, opens_at, closes_at, status, closed_at, version, created_at,"
                + " updated_at) SELECT ?, ?, ?, id, NULL, ?, ?, ?, 'OPEN', ?, 1, ?, ? FROM organization WHERE code = ?")) {
            insert.setLong(1, id);
            insert.setString(2, code);
            insert.setString(3, "Đợt " + code);
            insert.setString(4, "/" + id + "/");
            insert.setObject(5, utc(opensAt));
            insert.setObject(6, utc(closesAt));
            insert.setObject(7, closedAt == null ? null : utc(closedAt));
            insert.setObject(8, utc(NOW));
            insert.setObject(9, utc(NOW));
            insert.setString(10, organizerCode);
            assertEquals(1, insert.executeUpdate());
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
