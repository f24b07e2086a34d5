package io.onboard.jdbc;

import io.onboard.application.contract.AbstractTransactionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Transactions contract on PostgreSQL. */
class PostgresTransactionsContractTest extends AbstractTransactionsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
