package io.onboard.jdbc;

import io.onboard.application.contract.AbstractEnrollmentChainsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The EnrollmentChains contract on a SQLite file: the one-query chain matches the aggregates. */
class SqliteEnrollmentChainsContractTest extends AbstractEnrollmentChainsContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
