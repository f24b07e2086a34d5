package io.onboard.jdbc.bench;

import io.onboard.jdbc.SqliteStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import org.sqlite.SQLiteDataSource;

/**
 * The physical limit of durable writes (benchmark 3's baseline): one-row transactions committed back to back
 * on one sqlite-jdbc connection with Onboard's pragmas (WAL, synchronous NORMAL, BEGIN IMMEDIATE), in a fresh
 * file in the given folder (the same disk as the server's database). Prints {@code raw_commits_per_s=<rate>}.
 * {@code RawCommitRate <folder> [seconds]}
 */
public final class RawCommitRate {
    private RawCommitRate() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Files.createDirectories(folder);
        Path db = Files.createTempFile(folder, "raw-commits", ".db");
        SQLiteDataSource source = new SQLiteDataSource(SqliteStorage.configuration());
        source.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        try (Connection c = source.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, at INTEGER NOT NULL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rows (serial, at) VALUES (?, ?)")) {
                commit(c, insert, 1.0, 0); // warm-up
                long start = System.nanoTime();
                long count = commit(c, insert, seconds, 1_000_000_000L);
                double took = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "raw_commits_per_s=%.0f%n", count / took);
            }
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + "-wal"));
            Files.deleteIfExists(Path.of(db + "-shm"));
        }
    }

    private static long commit(Connection c, PreparedStatement insert, double seconds, long firstKey) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long count = 0;
        while (System.nanoTime() < end) {
            insert.setString(1, "SERIAL-" + (firstKey + count));
            insert.setLong(2, System.currentTimeMillis());
            insert.executeUpdate();
            c.commit();
            count++;
        }
        return count;
    }
}
