package vn.sangkien.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ids for rows written with plain JDBC. The sequences step by 50 for JPA's block allocation; a
 * JDBC writer uses exactly the value it draws, which never falls inside a block JPA holds.
 */
public final class Sequences {

    private Sequences() {
    }

    public static long next(Connection connection, String sequence) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a sequence name: " + sequence);
        }
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        String sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
