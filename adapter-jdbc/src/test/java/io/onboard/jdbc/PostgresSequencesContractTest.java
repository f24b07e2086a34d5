package io.onboard.jdbc;

import io.onboard.application.contract.AbstractSequencesContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Sequences contract on PostgreSQL. */
class PostgresSequencesContractTest extends AbstractSequencesContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected OnboardingStorage newStorage() {
        return postgres.open().onboarding();
    }
}
