package vn.sangkien.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Migration V8 keeps the entries written before it: their kinds in the trail's names, a lock's
 * account as its user, each entry's organization found from what it names, and the channel
 * {@code SYSTEM} (unknown then).
 */
class AuditMigrationTest {

    @Test
    void entries_from_before_the_channels_keep_what_they_said_and_find_their_organization() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:audit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("7").load().migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organization (id, code, name, name_search, org_level, parent_id, path, active, version,"
                    + " created_at, updated_at) VALUES (1, 'N', 'N', 'n', 'NATIONAL', NULL, '/1/', TRUE, 1, NOW(), NOW()),"
                    + " (2, 'P', 'P', 'p', 'PROVINCE', 1, '/1/2/', TRUE, 1, NOW(), NOW())");
            s.execute("INSERT INTO app_user (id, username, full_name, password_hash, organization_id, active, version,"
                    + " created_at, updated_at) VALUES (1, 'p.officer', 'Cán bộ', 'x', 2, TRUE, 1, NOW(), NOW())");
            s.execute("INSERT INTO campaign (id, code, name, organizer_id, parent_id, path, opens_at, closes_at, status,"
                    + " version, created_at, updated_at) VALUES (1, 'C', 'C', 2, NULL, '/1/', NOW(), NOW() + INTERVAL '1' DAY, 'OPEN', 1,"
                    + " NOW(), NOW())");
            s.execute("INSERT INTO audit_event (id, happened_at, actor, entity_type, entity_key, action, detail) VALUES"
                    + " (1, NOW(), 'admin', 'Organization', 'P', 'CREATE', 'P'),"
                    + " (2, NOW(), 'admin', 'User', 'p.officer', 'CREATE', NULL),"
                    + " (3, NOW(), 'p.officer', 'Campaign', 'C', 'UPDATE', NULL),"
                    + " (4, NOW(), '-', 'Session', 'p.officer', 'LOCK', 'blocked'),"
                    + " (5, NOW(), 'p.officer', 'ManualScore', 'CL/C/U', 'GIVE', '80')");
        }
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        List<String> rows = new ArrayList<>();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT actor, channel, entity_type, entity_key, organization_code, action"
                     + " FROM audit_event ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getString(5) + " " + rs.getString(6));
            }
        }
        assertEquals(List.of("admin SYSTEM ORGANIZATION P P CREATE", "admin SYSTEM USER p.officer P CREATE",
                "p.officer SYSTEM CAMPAIGN C P UPDATE", "p.officer SYSTEM SESSION p.officer P LOCK",
                "p.officer SYSTEM PACT CL/C/U null GIVE"), rows);
    }
}
