package io.onboard.cli;

import io.onboard.jdbc.testing.TestPostgres;

/**
 * The same import on PostgreSQL, end to end through the command line: each refused row (a duplicate serial number
 * the database itself refuses, among them) leaves the rows around it registered.
 */
class PostgresTerminalImportTest extends TerminalImportTest {
    @Override
    Cli newCli() {
        return Cli.onDatabase(TestPostgres.newDatabase(), dir.resolve("onboard.key"));
    }
}
