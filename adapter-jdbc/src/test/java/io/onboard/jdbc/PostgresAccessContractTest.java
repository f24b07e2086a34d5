package io.onboard.jdbc;

import io.onboard.application.contract.AbstractAccessContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.AccessStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ApiClients and AccessTokens contracts on PostgreSQL. */
class PostgresAccessContractTest extends AbstractAccessContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();
    private PostgresStorage storage;

    @Override
    protected OnboardingStorage newStorage() {
        storage = postgres.open();
        return storage.onboarding();
    }

    @Override
    protected AccessStorage newAccessStorage() {
        return storage.access();
    }
}
