package io.onboard.jdbc;

import io.onboard.application.contract.AbstractSessionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Sessions contract on PostgreSQL. */
class PostgresSessionsContractTest extends AbstractSessionsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
