package io.onboard.cli;

import io.onboard.jdbc.testing.TestPostgres;

/** The event commands, end to end through the command line, on PostgreSQL. */
class PostgresEventCommandsTest extends EventCommandsTest {
    @Override
    Cli newCli() {
        return Cli.onDatabase(TestPostgres.newDatabase(), dir.resolve("onboard.key"));
    }
}
