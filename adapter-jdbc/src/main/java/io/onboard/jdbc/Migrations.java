package io.onboard.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Versioned schema migrations, applied in order on open, each in its own transaction and recorded with a
 * checksum. An applied migration that was edited afterwards, or a database newer than this code, stops the
 * start instead of running on a schema nobody tested. Each dialect has its own files ({@link Dialect#migrations()}).
 */
final class Migrations {
    /** The advisory lock PostgreSQL instances take while they migrate: any number fixed for Onboard. */
    private static final long MIGRATION_LOCK = 0x6f6e626f617264L;

    private Migrations() {
    }

    static void apply(Jdbi jdbi, Dialect dialect) {
        if (dialect == Dialect.POSTGRESQL) {
            // instances started together take turns: the second finds the schema up to date
            jdbi.useHandle(lock -> {
                lock.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
                try {
                    applyAll(jdbi, dialect);
                } finally {
                    lock.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
                }
            });
        } else {
            applyAll(jdbi, dialect);
        }
    }

    private static void applyAll(Jdbi jdbi, Dialect dialect) {
        List<String> files = dialect.migrations();
        jdbi.useHandle(handle -> handle.execute(dialect.historyTable()));
        for (int i = 0; i < files.size(); i++) {
            int version = i + 1;
            String file = files.get(i);
            String sql = read(dialect.migrationPath(file));
            jdbi.useTransaction(handle -> applyOne(handle, dialect, version, file, sql));
        }
        int newest = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(version), 0) FROM schema_history")
                .mapTo(Integer.class).one());
        if (newest > files.size()) {
            throw new IllegalStateException("the database has schema version " + newest + " but this Onboard knows only "
                    + files.size() + "; use a newer Onboard");
        }
    }

    private static void applyOne(Handle handle, Dialect dialect, int version, String file, String sql) {
        String checksum = sha256(sql);
        Map<String, Object> applied = handle.createQuery("SELECT file, checksum FROM schema_history WHERE version = ?")
                .bind(0, version).mapToMap().findOne().orElse(null);
        if (applied != null) {
            if (!checksum.equals(applied.get("checksum"))) {
                throw new IllegalStateException("migration " + file + " was changed after it was applied to this database");
            }
            return;
        }
        run(handle, dialect, sql);
        handle.createUpdate("INSERT INTO schema_history (version, file, checksum, applied_at) VALUES (?, ?, ?, ?)")
                .bind(0, version).bind(1, file).bind(2, checksum).bind(3, System.currentTimeMillis()).execute();
    }

    private static void run(Handle handle, Dialect dialect, String script) {
        if (dialect != Dialect.POSTGRESQL) {
            handle.createScript(script).execute();
            return;
        }
        // PostgreSQL's driver splits a script itself, dollar-quoted function bodies included, which Jdbi's parser cuts
        try (Statement statement = handle.getConnection().createStatement()) {
            statement.execute(script);
        } catch (SQLException e) {
            throw new IllegalStateException("a migration failed: " + e.getMessage(), e);
        }
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("migration " + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + file, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String versions(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM schema_history ORDER BY version")
                .mapTo(Integer.class).list().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
