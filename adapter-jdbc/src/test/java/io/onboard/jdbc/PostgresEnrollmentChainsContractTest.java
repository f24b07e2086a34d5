package io.onboard.jdbc;

import io.onboard.application.contract.AbstractEnrollmentChainsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EnrollmentChains contract on PostgreSQL: the one-query chain matches the aggregates. */
class PostgresEnrollmentChainsContractTest extends AbstractEnrollmentChainsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
