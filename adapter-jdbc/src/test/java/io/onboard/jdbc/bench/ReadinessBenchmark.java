package io.onboard.jdbc.bench;

import io.onboard.application.service.Onboard;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.jdbc.SqliteStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sqlite.SQLiteDataSource;

/**
 * Benchmark 2: the enrollment check through the use case on SQLite, one thread, against its physical limit on
 * the same database: a raw single-row {@code SELECT} by primary key on one connection with a prepared statement.
 * Both pick random terminals of the million, so both read from the same (cached) pages.
 */
@State(Scope.Benchmark)
public class ReadinessBenchmark {
    private static final int KEYS = 4_096;

    private SqliteStorage storage;
    private Onboard onboard;
    private Connection raw;
    private PreparedStatement byPrimaryKey;
    private final String[] terminalIds = new String[KEYS];
    private final String[] primaryKeys = new String[KEYS];
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        var db = Databases.million();
        storage = SqliteStorage.open(db);
        onboard = Onboard.withBuiltIns(storage.onboarding());
        SQLiteDataSource source = new SQLiteDataSource(SqliteStorage.configuration());
        source.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        raw = source.getConnection();
        byPrimaryKey = raw.prepareStatement("SELECT * FROM terminals WHERE id = ?");
        SplittableRandom random = new SplittableRandom(42);
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            numbers.add(1 + random.nextLong(Databases.TERMINALS));
        }
        try (PreparedStatement idOf = raw.prepareStatement("SELECT id FROM terminals WHERE terminal_id = ?")) {
            for (int i = 0; i < KEYS; i++) {
                terminalIds[i] = TerminalId.next(BenchData.ACCOUNT, numbers.get(i)).value();
                idOf.setString(1, terminalIds[i]);
                try (ResultSet rs = idOf.executeQuery()) {
                    rs.next();
                    primaryKeys[i] = rs.getString(1);
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        raw.close();
        storage.close();
    }

    private int nextKey() {
        next = (next + 1) & (KEYS - 1);
        return next;
    }

    @Benchmark
    public Readiness readinessCheck() {
        Readiness readiness = onboard.checkReadiness().check(BenchData.ACCOUNT, terminalIds[nextKey()]);
        if (!readiness.enrolled()) {
            throw new IllegalStateException("not enrolled: " + readiness);
        }
        return readiness;
    }

    /** The limit: one primary-key row, every column read, no pool, no mapping. */
    @Benchmark
    public String rawSelectByPrimaryKey() throws SQLException {
        byPrimaryKey.setString(1, primaryKeys[nextKey()]);
        try (ResultSet rs = byPrimaryKey.executeQuery()) {
            rs.next();
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= 15; c++) {
                row.append(rs.getString(c));
            }
            return row.toString();
        }
    }
}
