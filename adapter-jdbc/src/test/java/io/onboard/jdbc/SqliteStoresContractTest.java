package io.onboard.jdbc;

import io.onboard.application.contract.AbstractStoresContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Stores contract on a SQLite file. */
class SqliteStoresContractTest extends AbstractStoresContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
