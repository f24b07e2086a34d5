package io.onboard.jdbc;

import io.onboard.application.contract.AbstractEventsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Events contract on a SQLite file. */
class SqliteEventsContractTest extends AbstractEventsContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
