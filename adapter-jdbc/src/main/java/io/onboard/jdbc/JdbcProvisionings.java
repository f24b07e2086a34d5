package io.onboard.jdbc;

import io.onboard.application.port.out.PendingProvisioning;
import io.onboard.application.port.out.Provisionings;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Terminals waiting for a provider that settles later, in {@code provisionings}: one row, the current attempt, each. */
final class JdbcProvisionings implements Provisionings {
    private static final RowMapper<PendingProvisioning> MAPPER = (rs, ctx) -> new PendingProvisioning(
            new AccountId(rs.getString("account_id")), TerminalId.parse(rs.getString("terminal_id")),
            Columns.instant(rs, "attempt"), Columns.instant(rs, "deadline"),
            Optional.ofNullable(Columns.instant(rs, "handed_over_at")));

    private final JdbiTransactions db;

    JdbcProvisionings(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(PendingProvisioning pending) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO provisionings (terminal_id, account_id, attempt, deadline, handed_over_at)
                        VALUES (:terminal, :account, :attempt, :deadline, NULL)
                        ON CONFLICT (terminal_id) DO UPDATE SET attempt = excluded.attempt,
                            deadline = excluded.deadline, handed_over_at = NULL""")
                .bind("terminal", pending.terminalId().value()).bind("account", pending.accountId().value())
                .bind("attempt", Columns.millis(pending.attempt())).bind("deadline", Columns.millis(pending.deadline()))
                .execute());
    }

    @Override
    public boolean handOver(PendingProvisioning pending, Instant at) {
        return db.with(h -> h.createUpdate("""
                        UPDATE provisionings SET handed_over_at = :at
                        WHERE terminal_id = :terminal AND attempt = :attempt AND handed_over_at IS NULL""")
                .bind("at", Columns.millis(at)).bind("terminal", pending.terminalId().value())
                .bind("attempt", Columns.millis(pending.attempt())).execute()) == 1;
    }

    @Override
    public void remove(PendingProvisioning pending) {
        db.with(h -> h.createUpdate("DELETE FROM provisionings WHERE terminal_id = :terminal AND attempt = :attempt")
                .bind("terminal", pending.terminalId().value()).bind("attempt", Columns.millis(pending.attempt()))
                .execute());
    }

    @Override
    public List<PendingProvisioning> due(Instant now, int limit) {
        return db.with(h -> h.createQuery("""
                        SELECT * FROM provisionings WHERE handed_over_at IS NULL OR deadline < :now
                        ORDER BY deadline LIMIT :limit""")
                .bind("now", Columns.millis(now)).bind("limit", limit).map(MAPPER).list());
    }

    @Override
    public Optional<PendingProvisioning> find(TerminalId terminal) {
        return db.with(h -> h.createQuery("SELECT * FROM provisionings WHERE terminal_id = ?")
                .bind(0, terminal.value()).map(MAPPER).findOne());
    }
}
