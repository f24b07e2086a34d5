package io.onboard.jdbc;

import io.onboard.application.contract.AbstractAccountsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Accounts contract on a SQLite file. */
class SqliteAccountsContractTest extends AbstractAccountsContractTest {
    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        return SqliteStorage.open(folder.resolve("onboard.db")).onboarding();
    }
}
