package io.onboard.jdbc;

import io.onboard.application.contract.AbstractPayoutDestinationsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PayoutDestinations contract on PostgreSQL. */
class PostgresPayoutDestinationsContractTest extends AbstractPayoutDestinationsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
