package io.onboard.jdbc;

import io.onboard.application.contract.AbstractPayoutDestinationsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The PayoutDestinations contract on a SQLite file. */
class SqlitePayoutDestinationsContractTest extends AbstractPayoutDestinationsContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
