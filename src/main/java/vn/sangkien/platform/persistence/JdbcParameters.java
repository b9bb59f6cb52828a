package vn.sangkien.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Parameters of statements written with plain JDBC, for the few writers that bypass JPA. */
public final class JdbcParameters {

    private JdbcParameters() {
    }

    /** Binds a value that may be absent; an absent one is an SQL NULL of {@code sqlType}. */
    public static void setNullable(PreparedStatement statement, int index, Object value, int sqlType)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value);
        }
    }
}
