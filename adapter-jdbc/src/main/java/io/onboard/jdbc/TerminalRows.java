package io.onboard.jdbc;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.StatusReason;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A terminal to and from a {@code terminals} row. */
final class TerminalRows implements RowMapper<Terminal> {
    static final TerminalRows MAPPER = new TerminalRows();

    static Map<String, Object> columns(Terminal terminal, long version) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", terminal.id().toString());
        row.put("account_id", terminal.accountId().value());
        row.put("number", terminal.terminalId().number());
        row.put("terminal_id", terminal.terminalId().value());
        row.put("serial_number", terminal.serialNumber().value());
        row.put("device_model", terminal.model().name());
        row.put("store_number", terminal.storeId().number());
        row.put("status", terminal.status().name());
        row.put("status_reason", terminal.reason().map(Enum::name).orElse(null));
        row.put("label", terminal.label().orElse(null));
        row.put("created_at", Columns.millis(terminal.createdAt()));
        row.put("updated_at", Columns.millis(terminal.updatedAt()));
        row.put("status_changed_at", Columns.millis(terminal.statusChangedAt()));
        row.put("deleted_at", Columns.millis(terminal.deletedAt().orElse(null)));
        row.put("version", version);
        return row;
    }

    @Override
    public Terminal map(ResultSet rs, StatementContext ctx) throws SQLException {
        AccountId account = new AccountId(rs.getString("account_id"));
        return Terminal.restore(UUID.fromString(rs.getString("id")), new TerminalId(account, rs.getLong("number")),
                new SerialNumber(rs.getString("serial_number")), DeviceModel.valueOf(rs.getString("device_model")),
                new StoreServerId(account, rs.getLong("store_number")), TerminalStatus.valueOf(rs.getString("status")),
                Columns.value(rs.getString("status_reason"), StatusReason::valueOf), rs.getString("label"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"),
                Columns.instant(rs, "status_changed_at"), Columns.instant(rs, "deleted_at"), rs.getLong("version"));
    }
}
