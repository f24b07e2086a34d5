package io.onboard.jdbc;

import io.onboard.application.contract.AbstractSequencesContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Sequences contract on a SQLite file. */
class SqliteSequencesContractTest extends AbstractSequencesContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
