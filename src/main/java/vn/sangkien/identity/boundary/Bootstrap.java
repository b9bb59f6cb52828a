package vn.sangkien.identity.boundary;

import vn.sangkien.platform.startup.Readiness;

import vn.sangkien.platform.time.Moments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.persistence.Databases;
import vn.sangkien.platform.persistence.InstantConverter;
import vn.sangkien.platform.persistence.Sequences;
import vn.sangkien.platform.text.SearchText;

/**
 * First start on an empty database: the national organization TLD and in it the user
 * {@code admin}, with {@code SANGKIEN_ADMIN_PASSWORD} or a random password logged once, under a
 * lock on a settings row, so that instances starting together do it once. Then {@link Done} is
 * fired for what must be in place before the instance says it is ready (the demo data), and only
 * then is it ready.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

    static final String NATIONAL_CODE = "TLD";
    static final String NATIONAL_NAME = "Tổng Liên đoàn Lao động Việt Nam";
    public static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = "java:app/jdbc/sangkien")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "SANGKIEN_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    Readiness readiness;

    @Inject
    Event<Done> done;

    /** The national organization and {@code admin} exist and are committed; observers run before readiness. */
    public record Done(Instant at) {
    }

    @PostConstruct
    void start() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection);
                Instant now = Moments.now();
                if (!hasNationalOrganization(connection)) {
                    createNationalOrganizationAndAdmin(connection, now);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bootstrap failed", e);
        }
        done.fire(new Done(Moments.now()));
        readiness.ready();
    }

    /** Takes the bootstrap lock for the rest of the connection's transaction: one instance at a time sets up. */
    public static void lock(Connection connection) throws SQLException {
        // Another instance may be loading the demo data: this one waits for it, however long it takes.
        Databases.waitForLocksInThisTransaction(connection);
        try (var statement = connection.prepareStatement(
                "SELECT text_value FROM system_setting WHERE name = 'bootstrap' FOR UPDATE")) {
            statement.executeQuery().close();
        }
    }

    /** The same lock from a JTA transaction, on its connection. */
    public static void lock(EntityManager em) {
        try {
            lock(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static boolean hasNationalOrganization(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM organization WHERE org_level = 'NATIONAL'");
             var rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private void createNationalOrganizationAndAdmin(Connection connection, Instant now) throws SQLException {
        OffsetDateTime at = InstantConverter.utc(now);
        long organizationId = Sequences.next(connection, "organization_seq");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization (id, code, name, name_search,"
                + " org_level, parent_id, path, active, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, 'NATIONAL', NULL, ?, TRUE, 1, ?, ?)")) {
            insert.setLong(1, organizationId);
            insert.setString(2, NATIONAL_CODE);
            insert.setString(3, NATIONAL_NAME);
            insert.setString(4, SearchText.of(NATIONAL_CODE + " " + NATIONAL_NAME));
            insert.setString(5, "/" + organizationId + "/");
            insert.setObject(6, at);
            insert.setObject(7, at);
            insert.executeUpdate();
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(Bootstrap::randomPassword);
        long userId = Sequences.next(connection, "app_user_seq");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (id, username, full_name,"
                + " password_hash, organization_id, active, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, 1, ?, ?)")) {
            insert.setLong(1, userId);
            insert.setString(2, ADMIN_USERNAME);
            insert.setString(3, "Quản trị hệ thống");
            insert.setString(4, PasswordHash.of(password));
            insert.setLong(5, organizationId);
            insert.setObject(6, at);
            insert.setObject(7, at);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO app_user_role (user_id, role) VALUES (?, 'ADMIN')")) {
            insert.setLong(1, userId);
            insert.executeUpdate();
        }
        AuditLog.recordBySystem(connection, now, AuditedType.ORGANIZATION, NATIONAL_CODE, NATIONAL_CODE, "CREATE",
                NATIONAL_NAME);
        AuditLog.recordBySystem(connection, now, AuditedType.USER, ADMIN_USERNAME, NATIONAL_CODE, "CREATE",
                "[ADMIN] @ " + NATIONAL_CODE);
        if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info("Created organization TLD and user admin with the password of SANGKIEN_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created organization TLD and user admin. Its password, shown this once: " + password);
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
