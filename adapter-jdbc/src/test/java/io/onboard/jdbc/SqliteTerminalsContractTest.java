package io.onboard.jdbc;

import io.onboard.application.contract.AbstractTerminalsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Terminals contract on a SQLite file. */
class SqliteTerminalsContractTest extends AbstractTerminalsContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
