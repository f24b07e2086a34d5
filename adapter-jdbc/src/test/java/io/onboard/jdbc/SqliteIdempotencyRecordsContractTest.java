package io.onboard.jdbc;

import io.onboard.application.contract.AbstractIdempotencyRecordsContractTest;
import io.onboard.application.port.out.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The IdempotencyRecords contract on a SQLite file. */
class SqliteIdempotencyRecordsContractTest extends AbstractIdempotencyRecordsContractTest {
    @TempDir
    Path folder;

    @Override
    protected Persistence newPersistence() {
        return SqliteStorage.open(folder.resolve("onboard.db")).persistence();
    }
}
