package io.onboard.jdbc;

import io.onboard.application.contract.AbstractProvisioningsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Provisionings;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Provisionings contract on PostgreSQL. */
class PostgresProvisioningsContractTest extends AbstractProvisioningsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();
    private PostgresStorage storage;

    @Override
    protected OnboardingStorage newStorage() {
        storage = postgres.open();
        return storage.onboarding();
    }

    @Override
    protected Provisionings provisioningsStorage() {
        return storage.provisionings();
    }
}
