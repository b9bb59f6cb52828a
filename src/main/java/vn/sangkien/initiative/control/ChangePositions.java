package vn.sangkien.initiative.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.sangkien.platform.persistence.Databases;

/**
 * Positions in the changes feed. Each change of an initiative takes the next position of one
 * counter, whose row its transaction then holds locked until it commits: positions are committed
 * in their order, so a reader that has seen a position has seen every one below it.
 */
public final class ChangePositions {

    /** The last position committed: every position up to it is committed too. */
    public static final String LAST_COMMITTED = "SELECT position FROM change_counter WHERE name = 'initiative'";
    private static final String RESERVE = "UPDATE change_counter SET position = position + ? WHERE name = 'initiative'";

    private ChangePositions() {
    }

    /** Takes {@code count} positions in the connection's transaction; answers the last of them. */
    public static long reserve(Connection connection, int count) throws SQLException {
        String sql = Databases.isPostgreSQL(connection) ? RESERVE + " RETURNING position"
                : "SELECT position FROM FINAL TABLE (" + RESERVE + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, count);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** For the one statement of a batch on PostgreSQL: reserves {@code count} positions, as {@code pos(position)}. */
    static String reserveAsPart(int count) {
        return "pos AS (UPDATE change_counter SET position = position + " + count
                + " WHERE name = 'initiative' RETURNING position)";
    }
}
