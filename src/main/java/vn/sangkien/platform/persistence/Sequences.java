package vn.sangkien.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ids for rows written with plain JDBC. Every sequence steps by {@link #ALLOCATION} because JPA
 * draws a value {@code v} and then uses the block {@code v - ALLOCATION + 1 .. v}. A JDBC writer
 * either uses exactly the value it draws ({@link #next}) or the whole block, as JPA does
 * ({@link Block}); either way it never uses an id inside a block that someone else drew.
 */
public final class Sequences {

    /** The step of every sequence, and the {@code allocationSize} of every JPA sequence generator. */
    public static final int ALLOCATION = 50;

    private Sequences() {
    }

    public static long next(Connection connection, String sequence) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a sequence name: " + sequence);
        }
        String sql = Databases.isPostgreSQL(connection) ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * {@code count} ids for one writer: one value drawn for a single id, whole blocks (as JPA uses
     * them) for more, so that a batch of n rows draws n / {@link #ALLOCATION} values, not n.
     */
    public static List<Long> nextIds(Connection connection, String sequence, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        if (count == 1) {
            ids.add(next(connection, sequence));
            return ids;
        }
        while (ids.size() < count) {
            long last = next(connection, sequence);
            for (long id = last - ALLOCATION + 1; id <= last && ids.size() < count; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Ids handed out one by one from blocks drawn the way JPA draws them; safe for many threads. */
    public static final class Block {

        private final String sequence;
        private long next = 1;
        private long last;

        public Block(String sequence) {
            this.sequence = sequence;
        }

        /** The next id, drawing a new block over {@code connection} when this one is used up. */
        public synchronized long next(Connection connection) throws SQLException {
            if (next > last) {
                last = Sequences.next(connection, sequence);
                next = last - ALLOCATION + 1;
            }
            return next++;
        }
    }
}
