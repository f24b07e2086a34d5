package io.onboard.cli;

import io.onboard.jdbc.testing.TestPostgres;

/** The terminal commands, end to end through the command line, on PostgreSQL. */
class PostgresTerminalCommandsTest extends TerminalCommandsTest {
    @Override
    Cli newCli() {
        return Cli.onDatabase(TestPostgres.newDatabase(), dir.resolve("onboard.key"));
    }
}
