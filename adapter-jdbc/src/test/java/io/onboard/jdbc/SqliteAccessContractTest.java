package io.onboard.jdbc;

import io.onboard.application.contract.AbstractAccessContractTest;
import io.onboard.application.port.out.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Access contract on a SQLite file. */
class SqliteAccessContractTest extends AbstractAccessContractTest {
    @TempDir
    Path folder;

    @Override
    protected Persistence newPersistence() {
        return SqliteStorage.open(folder.resolve("onboard.db")).persistence();
    }
}
