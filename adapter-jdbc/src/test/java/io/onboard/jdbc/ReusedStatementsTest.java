package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prepared statements are kept per connection and handed out again, never to two users at once. */
class ReusedStatementsTest {
    private static final String PARSED = "INSERT INTO t (x) VALUES (?)";
    /** What Jdbi passes when it closes a statement written with a named parameter. */
    private static final String RENDERED = "INSERT INTO t (x) VALUES (:x)";

    @TempDir
    Path folder;

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("t.db"));
        connection.createStatement().execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)");
        return connection;
    }

    @Test
    void a_statement_closed_under_its_rendered_sql_is_reused_for_the_parsed_sql_it_was_made_from() throws SQLException {
        ReusedStatements statements = new ReusedStatements();
        try (Connection connection = open()) {
            PreparedStatement first = statements.create(connection, PARSED, null);
            statements.close(connection, RENDERED, first);

            assertThat(statements.create(connection, PARSED, null)).isSameAs(first);
        }
    }

    @Test
    void a_statement_in_use_is_not_handed_out_twice_and_connections_do_not_share_statements() throws SQLException {
        ReusedStatements statements = new ReusedStatements();
        try (Connection one = open(); Connection two = open()) {
            PreparedStatement inUse = statements.create(one, PARSED, null);

            assertThat(statements.create(one, PARSED, null)).isNotSameAs(inUse);
            statements.close(one, PARSED, inUse);
            assertThat(statements.create(two, PARSED, null)).isNotSameAs(inUse);
            assertThat(statements.create(one, PARSED, null)).isSameAs(inUse);
        }
    }

    @Test
    void closing_a_statement_twice_leaves_it_open_for_its_next_user() throws SQLException {
        ReusedStatements statements = new ReusedStatements();
        try (Connection connection = open()) {
            PreparedStatement statement = statements.create(connection, PARSED, null);
            statements.close(connection, RENDERED, statement);
            statements.close(connection, RENDERED, statement);

            assertThat(statement.isClosed()).isFalse();
            assertThat(statements.create(connection, PARSED, null)).isSameAs(statement);
        }
    }
}
