package io.onboard.jdbc;

import io.onboard.application.contract.AbstractTerminalsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Terminals contract on PostgreSQL. */
class PostgresTerminalsContractTest extends AbstractTerminalsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
