package io.onboard.cli;

import io.onboard.jdbc.JdbcStorage;
import io.onboard.jdbc.PostgresStorage;
import io.onboard.jdbc.testing.TestPostgres;
import java.nio.file.Path;

/** The hook commands, end to end through the command line, on PostgreSQL with the key file given. */
class PostgresHookCommandsTest extends HookCommandsTest {
    private final String database = TestPostgres.newDatabase();

    @Override
    Cli newCli() {
        return Cli.onDatabase(database, keyFile());
    }

    @Override
    Path keyFile() {
        return dir.resolve("onboard.key");
    }

    @Override
    JdbcStorage openStorage() {
        return PostgresStorage.open(database);
    }
}
