package io.onboard.jdbc;

import io.onboard.application.contract.AbstractStoresContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Stores contract on PostgreSQL. */
class PostgresStoresContractTest extends AbstractStoresContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
