package io.onboard.jdbc;

import io.onboard.application.contract.AbstractTransactionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Transactions contract on a SQLite file. */
class SqliteTransactionsContractTest extends AbstractTransactionsContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
