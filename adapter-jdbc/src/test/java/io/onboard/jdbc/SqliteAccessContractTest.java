package io.onboard.jdbc;

import io.onboard.application.contract.AbstractAccessContractTest;
import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.port.out.OnboardingStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ApiClients and AccessTokens contracts on a SQLite file. */
class SqliteAccessContractTest extends AbstractAccessContractTest {
    private SqliteStorage sqlite;

    @TempDir
    Path folder;

    @Override
    protected OnboardingStorage newStorage() {
        sqlite = SqliteStorage.open(folder.resolve("onboard.db"));
        return sqlite.onboarding();
    }

    @Override
    protected AccessStorage newAccessStorage() {
        return sqlite.access();
    }
}
