package io.onboard.jdbc;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each pooled connection's prepared statements for reuse instead of preparing them anew for every call:
 * profiling the enrollment check showed SQLite's statement preparation (wide tables, joins) costing more than
 * running the statement. Statements are prepared on the physical connection, so the pool does not close them
 * when the connection goes back; a statement in use is never handed out twice. One instance serves every handle.
 */
final class ReusedStatements implements StatementBuilder {
    /** Idle statements by SQL text, per physical connection; a connection is used by one thread at a time. */
    private final Map<Connection, Map<String, PreparedStatement>> idle = new IdentityHashMap<>();

    private final StatementBuilder plain = new DefaultStatementBuilder();

    @Override
    public Statement create(Connection connection, StatementContext ctx) throws SQLException {
        return plain.create(connection, ctx);
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
        Connection physical = connection.unwrap(Connection.class);
        PreparedStatement reused;
        synchronized (idle) {
            reused = idle.computeIfAbsent(physical, c -> new HashMap<>()).remove(sql);
        }
        return reused != null ? reused : physical.prepareStatement(sql);
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext ctx) throws SQLException {
        return plain.createCall(connection, sql, ctx);
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        if (!(statement instanceof PreparedStatement prepared) || statement.isClosed()) {
            plain.close(connection, sql, statement);
            return;
        }
        prepared.clearParameters();
        PreparedStatement displaced;
        synchronized (idle) {
            displaced = idle.computeIfAbsent(connection.unwrap(Connection.class), c -> new HashMap<>()).put(sql, prepared);
        }
        if (displaced != null && displaced != prepared) {
            displaced.close();
        }
    }

    /** A handle is done: forget the statements of connections the pool has closed meanwhile. */
    @Override
    public void close(Connection connection) {
        synchronized (idle) {
            idle.keySet().removeIf(ReusedStatements::isClosed);
        }
    }

    private static boolean isClosed(Connection physical) {
        try {
            return physical.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
