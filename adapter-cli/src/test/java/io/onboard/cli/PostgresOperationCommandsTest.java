package io.onboard.cli;

import io.onboard.jdbc.JdbcStorage;
import io.onboard.jdbc.PostgresStorage;
import io.onboard.jdbc.testing.TestPostgres;

/** The operation commands, end to end through the command line, on PostgreSQL. */
class PostgresOperationCommandsTest extends OperationCommandsTest {
    private final String database = TestPostgres.newDatabase();

    @Override
    Cli newCli() {
        return Cli.onDatabase(database, dir.resolve("onboard.key"));
    }

    @Override
    JdbcStorage openStorage() {
        return PostgresStorage.open(database);
    }
}
