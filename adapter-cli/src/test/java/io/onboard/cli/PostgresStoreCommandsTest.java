package io.onboard.cli;

import io.onboard.jdbc.testing.TestPostgres;

/** The store commands, end to end through the command line, on PostgreSQL. */
class PostgresStoreCommandsTest extends StoreCommandsTest {
    @Override
    Cli newCli() {
        return Cli.onDatabase(TestPostgres.newDatabase(), dir.resolve("onboard.key"));
    }
}
