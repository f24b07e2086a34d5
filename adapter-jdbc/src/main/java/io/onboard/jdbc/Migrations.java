package io.onboard.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Versioned schema migrations, applied in order on open, each in its own transaction and recorded with a
 * checksum. An applied migration that was edited afterwards, or a database newer than this code, stops the
 * start instead of running on a schema nobody tested.
 */
final class Migrations {
    /** In order; a migration once released is never edited, only followed by a new one. */
    static final List<String> FILES = List.of("V1__schema.sql", "V2__enrollment_index.sql",
            "V3__idempotency_replay_headers.sql", "V4__events.sql", "V5__webhooks.sql", "V6__operations.sql",
            "V7__provisionings.sql");

    private Migrations() {
    }

    static void apply(Jdbi jdbi) {
        jdbi.useHandle(handle -> handle.execute("""
                CREATE TABLE IF NOT EXISTS schema_history (
                    version     INTEGER NOT NULL PRIMARY KEY,
                    file        TEXT    NOT NULL,
                    checksum    TEXT    NOT NULL,
                    applied_at  INTEGER NOT NULL
                ) STRICT"""));
        for (int i = 0; i < FILES.size(); i++) {
            int version = i + 1;
            String file = FILES.get(i);
            String sql = read(file);
            jdbi.useTransaction(handle -> applyOne(handle, version, file, sql));
        }
        int newest = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(version), 0) FROM schema_history")
                .mapTo(Integer.class).one());
        if (newest > FILES.size()) {
            throw new IllegalStateException("the database has schema version " + newest + " but this Onboard knows only "
                    + FILES.size() + "; use a newer Onboard");
        }
    }

    private static void applyOne(Handle handle, int version, String file, String sql) {
        String checksum = sha256(sql);
        Map<String, Object> applied = handle.createQuery("SELECT file, checksum FROM schema_history WHERE version = ?")
                .bind(0, version).mapToMap().findOne().orElse(null);
        if (applied != null) {
            if (!checksum.equals(applied.get("checksum"))) {
                throw new IllegalStateException("migration " + file + " was changed after it was applied to this database");
            }
            return;
        }
        handle.createScript(sql).execute();
        handle.createUpdate("INSERT INTO schema_history (version, file, checksum, applied_at) VALUES (?, ?, ?, ?)")
                .bind(0, version).bind(1, file).bind(2, checksum).bind(3, System.currentTimeMillis()).execute();
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migration/" + file)) {
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
