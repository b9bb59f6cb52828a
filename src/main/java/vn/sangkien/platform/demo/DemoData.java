package vn.sangkien.platform.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Placeholder until the demo data loader lands. */
public final class DemoData {

    private DemoData() {
    }

    public static boolean loadOnce(Connection connection, Instant now) throws SQLException {
        return false;
    }
}
