package io.onboard.jdbc;

import io.onboard.application.contract.AbstractSessionsContractTest;
import io.onboard.application.port.out.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Sessions contract on a SQLite file. */
class SqliteSessionsContractTest extends AbstractSessionsContractTest {
    @TempDir
    Path folder;

    @Override
    protected Persistence newPersistence() {
        return SqliteStorage.open(folder.resolve("onboard.db")).persistence();
    }
}
