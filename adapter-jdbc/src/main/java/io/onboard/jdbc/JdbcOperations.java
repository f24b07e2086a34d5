package io.onboard.jdbc;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Operations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.OperationInProgressException;
import io.onboard.domain.operation.OperationStatus;
import io.onboard.domain.operation.OperationType;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Terminal operations in {@code terminal_operations}; one pending per terminal by a partial unique index. */
final class JdbcOperations implements Operations {
    private static final Table TABLE = new Table("terminal_operations", """
            id, account_id, terminal_id, type, status, created_at, updated_at, deadline, sent_at, completed_at, error,
            version""", "id = :id");
    private static final RowMapper<TerminalOperation> MAPPER = (rs, ctx) -> TerminalOperation.restore(
            new OperationId(rs.getString("id")), new AccountId(rs.getString("account_id")),
            TerminalId.parse(rs.getString("terminal_id")), OperationType.valueOf(rs.getString("type")),
            OperationStatus.valueOf(rs.getString("status")), Columns.instant(rs, "created_at"),
            Columns.instant(rs, "updated_at"), Columns.instant(rs, "deadline"), Columns.instant(rs, "sent_at"),
            Columns.instant(rs, "completed_at"), rs.getString("error"), rs.getLong("version"));

    private final JdbiTransactions db;
    private final String pendingOnSql;
    private final String dueSql;

    JdbcOperations(JdbiTransactions db) {
        this.db = db;
        Dialect dialect = db.dialect();
        this.pendingOnSql = """
                SELECT * FROM terminal_operations %s
                WHERE terminal_id = ? AND status = 'PENDING'""".formatted(dialect.indexedBy("terminal_operations_one_pending"));
        this.dueSql = """
                SELECT * FROM terminal_operations %s
                WHERE status = 'PENDING' AND (sent_at IS NULL OR deadline < ?) ORDER BY created_at LIMIT ?"""
                .formatted(dialect.indexedBy("terminal_operations_pending"));
    }

    @Override
    public TerminalOperation add(TerminalOperation operation) {
        try {
            db.recoverable(() -> {
                TABLE.insert(db, row(operation, 1));
                return null;
            });
        } catch (UnableToExecuteStatementException e) {
            // the partial unique index: another start on this terminal committed first, or is in this transaction
            Optional<TerminalOperation> running = Constraints.violates(e, "terminal_operations.terminal_id",
                    "terminal_operations_one_pending")
                    ? pendingOn(operation.terminalId()) : Optional.empty();
            throw running.<RuntimeException>map(r -> new OperationInProgressException(r, operation.createdAt())).orElse(e);
        }
        return operation.storedAt(1);
    }

    @Override
    public TerminalOperation update(TerminalOperation operation) {
        long next = operation.version() + 1;
        TABLE.update(db, row(operation, next), operation.version(),
                () -> find(operation.accountId(), operation.id()).isPresent(), "operation", operation.id().value());
        return operation.storedAt(next);
    }

    @Override
    public Optional<TerminalOperation> find(AccountId account, OperationId id) {
        return db.with(h -> h.createQuery("SELECT * FROM terminal_operations WHERE id = ? AND account_id = ?")
                .bind(0, id.value()).bind(1, account.value()).map(MAPPER).findOne());
    }

    @Override
    public Optional<TerminalOperation> pendingOn(TerminalId terminal) {
        return db.with(h -> h.createQuery(pendingOnSql)
                .bind(0, terminal.value()).map(MAPPER).findOne());
    }

    @Override
    public Page<TerminalOperation> list(TerminalId terminal, PageRequest page) {
        Cursor after = page.after().orElse(new Cursor(Long.MIN_VALUE, ""));
        List<TerminalOperation> fetched = db.with(h -> h.createQuery("""
                        SELECT * FROM terminal_operations WHERE terminal_id = :terminal
                          AND (created_at > :position OR (created_at = :position AND id > :tie))
                        ORDER BY created_at, id LIMIT :fetch""")
                .bind("terminal", terminal.value()).bind("position", after.position()).bind("tie", after.tieBreaker())
                .bind("fetch", page.limit() + 1).map(MAPPER).list());
        return Page.of(fetched, page.limit(), Operations::cursorAfter);
    }

    @Override
    public List<TerminalOperation> due(Instant now, int limit) {
        return db.with(h -> h.createQuery(dueSql)
                .bind(0, Columns.millis(now)).bind(1, limit).map(MAPPER).list());
    }

    private static Map<String, Object> row(TerminalOperation operation, long version) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", operation.id().value());
        row.put("account_id", operation.accountId().value());
        row.put("terminal_id", operation.terminalId().value());
        row.put("type", operation.type().name());
        row.put("status", operation.status().name());
        row.put("created_at", Columns.millis(operation.createdAt()));
        row.put("updated_at", Columns.millis(operation.updatedAt()));
        row.put("deadline", Columns.millis(operation.deadline()));
        row.put("sent_at", operation.sentAt().map(Columns::millis).orElse(null));
        row.put("completed_at", operation.completedAt().map(Columns::millis).orElse(null));
        row.put("error", operation.error().orElse(null));
        row.put("version", version);
        return row;
    }
}
