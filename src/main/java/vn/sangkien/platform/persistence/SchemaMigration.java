package vn.sangkien.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Owns the application's datasource and brings its schema up to date before anything else runs.
 * The datasource's settings come from {@link vn.sangkien.platform.config.DatabaseConfigSource},
 * with the lock and statement timeouts of every connection.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/sangkien",
        className = "${MPCONFIG=sangkien.datasource.class-name}",
        url = "${MPCONFIG=sangkien.datasource.url}",
        user = "${MPCONFIG=sangkien.datasource.user}",
        password = "${MPCONFIG=sangkien.datasource.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
            // A request waits at most this long for a connection: a stalled database answers 503 soon.
            "fish.payara.max-wait-time-in-millis=2000",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/sangkien")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied, database " + result.database + ")");
    }

    /** The folder of vendor-only migrations: {@code postgresql} or {@code h2}. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return Databases.isPostgreSQL(connection) ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }
}
