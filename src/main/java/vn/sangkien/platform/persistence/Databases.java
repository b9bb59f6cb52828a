package vn.sangkien.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** The two databases the application runs on: PostgreSQL in production, H2 embedded by default. */
public final class Databases {

    private Databases() {
    }

    /** PostgreSQL, or else the embedded H2. */
    public static boolean isPostgreSQL(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
