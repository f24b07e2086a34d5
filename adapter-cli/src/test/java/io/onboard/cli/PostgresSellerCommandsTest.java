package io.onboard.cli;

import io.onboard.jdbc.testing.TestPostgres;

/** The seller commands, end to end through the command line, on PostgreSQL. */
class PostgresSellerCommandsTest extends SellerCommandsTest {
    @Override
    Cli newCli() {
        return Cli.onDatabase(TestPostgres.newDatabase(), dir.resolve("onboard.key"));
    }
}
