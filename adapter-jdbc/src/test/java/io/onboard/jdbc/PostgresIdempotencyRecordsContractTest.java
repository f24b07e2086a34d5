package io.onboard.jdbc;

import io.onboard.application.contract.AbstractIdempotencyRecordsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.AccessStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IdempotencyRecords contract on PostgreSQL. */
class PostgresIdempotencyRecordsContractTest extends AbstractIdempotencyRecordsContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();
    private PostgresStorage storage;

    @Override
    protected OnboardingStorage newStorage() {
        storage = postgres.open();
        return storage.onboarding();
    }

    @Override
    protected AccessStorage newAccessStorage() {
        return storage.access();
    }
}
