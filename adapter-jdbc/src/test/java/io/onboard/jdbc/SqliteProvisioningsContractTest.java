package io.onboard.jdbc;

import io.onboard.application.contract.AbstractProvisioningsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Provisionings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The Provisionings contract on a SQLite file. */
class SqliteProvisioningsContractTest extends AbstractProvisioningsContractTest {
    @TempDir
    Path folder;
    private SqliteStorage sqlite;

    @Override
    protected OnboardingStorage newStorage() {
        sqlite = SqliteStorage.open(folder.resolve("onboard.db"));
        return sqlite.onboarding();
    }

    @Override
    protected Provisionings provisioningsStorage() {
        return sqlite.provisionings();
    }

    @AfterEach
    void close() {
        sqlite.close();
    }
}
