package vn.sangkien.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the database did for a phase, from its statistics views: the commits of the bench's database
 * ({@code pg_stat_database}) and the write-ahead log of the whole cluster ({@code pg_stat_wal}, PostgreSQL
 * 14 and later; nothing else writes during a run). Per registration they show how many share a commit
 * and what each costs the log: records, full-page images, bytes, and the syncs that a commit waits for.
 */
record DatabaseActivity(long commits, long walRecords, long walFullPageImages, long walBytes, long walSyncs) {

    /** Backends report their statistics when idle, at most once a second: a reading waits that long first. */
    private static final long REPORT_DELAY_MILLIS = 1_500;

    /** The figures now, or null when the views cannot be read (then nothing is said). */
    static DatabaseActivity read(String url, String user, String password) {
        try (Connection c = RegistrationBench.connect(url, user, password); Statement s = c.createStatement()) {
            TimeUnit.MILLISECONDS.sleep(REPORT_DELAY_MILLIS);
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = s.executeQuery("SELECT d.xact_commit, w.wal_records, w.wal_fpi, w.wal_bytes, w.wal_sync"
                    + " FROM pg_stat_database d, pg_stat_wal w WHERE d.datname = current_database()")) {
                return rs.next() ? new DatabaseActivity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)) : null;
            }
        } catch (SQLException e) {
            System.out.println("   (cannot read the database's statistics: " + e.getMessage() + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static void printPerOperation(DatabaseActivity before, DatabaseActivity after, long operations, String what) {
        if (before == null || after == null || operations <= 0) {
            return;
        }
        long commits = after.commits - before.commits;
        double n = operations;
        System.out.printf(Locale.ROOT, "   database, warm-up + measured: %d commits (%.2f %ss per commit; the count also"
                        + " holds the bench's own reads); write-ahead log per %s: %.1f records, %.2f full-page images,"
                        + " %.0f bytes; %.2f log syncs per commit%n",
                commits, commits > 0 ? n / commits : Double.NaN, what, what,
                (after.walRecords - before.walRecords) / n, (after.walFullPageImages - before.walFullPageImages) / n,
                (after.walBytes - before.walBytes) / n,
                commits > 0 ? (double) (after.walSyncs - before.walSyncs) / commits : Double.NaN);
    }
}
