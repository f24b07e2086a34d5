package io.onboard.jdbc;

import java.util.List;

/**
 * What differs between the two SQL engines Onboard runs on, kept to the few places where it does: the statements
 * are otherwise the same text on both, and the schema the same tables, keys and checks.
 */
enum Dialect {
    /**
     * One file, one writer at a time: writers of this process share transactions (group commit), and a few queries
     * name the index SQLite's planner would otherwise not pick.
     */
    SQLITE("migration/", List.of("V1__schema.sql", "V2__enrollment_index.sql", "V3__idempotency_replay_headers.sql",
            "V4__events.sql", "V5__webhooks.sql", "V6__operations.sql", "V7__provisionings.sql")),
    /** A server shared by several instances: each writer its own transaction, row locks where rows meet. */
    POSTGRESQL("migration/postgresql/", List.of("V1__schema.sql", "V2__events_numbered_after_commit.sql",
            "V3__events_numbered_in_one_statement.sql"));

    private final String folder;
    private final List<String> migrations;

    Dialect(String folder, List<String> migrations) {
        this.folder = folder;
        this.migrations = migrations;
    }

    /** The migration files in order; a migration once released is never edited, only followed by a new one. */
    List<String> migrations() {
        return migrations;
    }

    /** Where {@code file} is, relative to this package. */
    String migrationPath(String file) {
        return folder + file;
    }

    /** Whether writers of this process share one transaction and its commit (SQLite's single writer). */
    boolean groupsCommits() {
        return this == SQLITE;
    }

    /** The clause that makes a query read {@code index}, where the engine takes such a hint. */
    String indexedBy(String index) {
        return this == SQLITE ? "INDEXED BY " + index : "";
    }

    /** A condition true when {@code text} contains {@code part} (both SQL expressions). */
    String contains(String text, String part) {
        return (this == SQLITE ? "instr(" : "strpos(") + text + ", " + part + ") > 0";
    }

    /**
     * What a query of rows a transaction goes on to change adds, so that concurrent transactions of other instances
     * wait for it (PostgreSQL's row locks) and then read what it committed; SQLite's single writer needs nothing.
     */
    String forUpdate() {
        return this == SQLITE ? "" : " FOR UPDATE";
    }

    /**
     * The same for a work queue read by several instances at once: each takes rows no other is taking, rather than
     * waiting for them ({@code table} is the alias of the rows claimed).
     */
    String skipLocked(String table) {
        return this == SQLITE ? "" : " FOR UPDATE OF " + table + " SKIP LOCKED";
    }

    /** How the schema's history table is declared. */
    String historyTable() {
        // a STRICT table takes INTEGER (64 bits in SQLite) but not BIGINT; PostgreSQL's INTEGER has 32 bits
        return """
                CREATE TABLE IF NOT EXISTS schema_history (
                    version     INTEGER NOT NULL PRIMARY KEY,
                    file        TEXT    NOT NULL,
                    checksum    TEXT    NOT NULL,
                    applied_at  %s NOT NULL
                )%s""".formatted(this == SQLITE ? "INTEGER" : "BIGINT", this == SQLITE ? " STRICT" : "");
    }
}
