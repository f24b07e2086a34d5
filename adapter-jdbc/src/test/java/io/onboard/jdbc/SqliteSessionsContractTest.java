package io.onboard.jdbc;

import io.onboard.application.contract.AbstractSessionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Sessions contract on a SQLite file. */
class SqliteSessionsContractTest extends AbstractSessionsContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
