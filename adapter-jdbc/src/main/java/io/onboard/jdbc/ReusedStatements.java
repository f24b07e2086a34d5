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
    /**
     * The SQL each handed-out statement was prepared from. Jdbi closes a statement with its rendered SQL, which
     * for named parameters ({@code :name}) differs from the parsed SQL ({@code ?}) it was created with, so the
     * close's own argument would file it under a key no later call asks for.
     */
    private final Map<PreparedStatement, String> inUse = new IdentityHashMap<>();

    private final StatementBuilder plain = new DefaultStatementBuilder();

    @Override
    public Statement create(Connection connection, StatementContext ctx) throws SQLException {
        return plain.create(connection, ctx);
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
        Connection physical = connection.unwrap(Connection.class);
        PreparedStatement statement;
        synchronized (idle) {
            statement = idle.computeIfAbsent(physical, c -> new HashMap<>()).remove(sql);
        }
        if (statement == null) {
            statement = physical.prepareStatement(sql);
        }
        synchronized (idle) {
            inUse.put(statement, sql);
        }
        return statement;
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext ctx) throws SQLException {
        return plain.createCall(connection, sql, ctx);
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        String created;
        synchronized (idle) {
            created = statement instanceof PreparedStatement ? inUse.remove(statement) : null;
        }
        if (created == null) {
            // Not handed out by us, or closed twice: only close it if it is not waiting in the idle pool.
            synchronized (idle) {
                Map<String, PreparedStatement> kept = idle.get(connection.unwrap(Connection.class));
                if (kept != null && kept.containsValue(statement)) {
                    return;
                }
            }
            plain.close(connection, sql, statement);
            return;
        }
        if (statement.isClosed()) {
            return;
        }
        PreparedStatement prepared = (PreparedStatement) statement;
        prepared.clearParameters();
        PreparedStatement displaced;
        synchronized (idle) {
            displaced = idle.computeIfAbsent(connection.unwrap(Connection.class), c -> new HashMap<>()).put(created, prepared);
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
