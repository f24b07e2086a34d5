package io.onboard.jdbc;

import io.onboard.application.contract.AbstractOperationsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Operations;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Operations contract on PostgreSQL, where a partial unique index keeps one pending per terminal across instances. */
class PostgresOperationsContractTest extends AbstractOperationsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();
    private PostgresStorage storage;

    @Override
    protected OnboardingStorage newStorage() {
        storage = postgres.open();
        return storage.onboarding();
    }

    @Override
    protected Operations operationsStorage() {
        return storage.operations();
    }
}
