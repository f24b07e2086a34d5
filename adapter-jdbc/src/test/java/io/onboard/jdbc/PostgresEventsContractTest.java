package io.onboard.jdbc;

import io.onboard.application.contract.AbstractEventsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Events contract on PostgreSQL. */
class PostgresEventsContractTest extends AbstractEventsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
