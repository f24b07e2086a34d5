package io.onboard.jdbc;

import io.onboard.application.contract.AbstractOperationsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Operations;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The Operations contract on a SQLite file, where a partial unique index keeps one pending per terminal. */
class SqliteOperationsContractTest extends AbstractOperationsContractTest {
    @TempDir
    Path folder;
    private SqliteStorage sqlite;

    @Override
    protected OnboardingStorage newStorage() {
        sqlite = SqliteStorage.open(folder.resolve("onboard.db"));
        return sqlite.onboarding();
    }

    @Override
    protected Operations operationsStorage() {
        return sqlite.operations();
    }

    @AfterEach
    void close() {
        sqlite.close();
    }
}
