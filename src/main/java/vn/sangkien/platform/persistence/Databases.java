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

    /**
     * Lets the current transaction wait for locks as long as it takes (every connection otherwise gives
     * up after a lock timeout of seconds): for start-up work that must wait for another instance's.
     * Only PostgreSQL needs it: an embedded H2 belongs to one instance.
     */
    public static void waitForLocksInThisTransaction(Connection connection) throws SQLException {
        if (isPostgreSQL(connection)) {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = 0");
            }
        }
    }

    /**
     * Did the database itself answer with this error? Then the statement, and in auto-commit mode
     * its transaction, was rolled back: nothing of it is stored. Not so for a lost connection
     * (class 08, a server shutting down, or no SQL state at all): the commit may have happened.
     */
    public static boolean answeredWith(SQLException e) {
        String state = e.getSQLState();
        return state != null && !state.startsWith("08") && !state.startsWith("57P0");
    }

    /**
     * Is this a failure of the moment rather than of the request: a lock or statement timeout, a
     * serialization failure or deadlock, a lost or refused connection, no connection to be had?
     * Such a request did not happen and may be sent again (503), unlike one the data refused.
     */
    public static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57") || "55P03".equals(state) || "HYT00".equals(state);
    }
}
