package io.onboard.jdbc;

import io.onboard.application.contract.AbstractAccountsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Accounts contract on PostgreSQL. */
class PostgresAccountsContractTest extends AbstractAccountsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
