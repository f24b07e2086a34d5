package io.onboard.http;

/** {@link IdempotencyTest} over Onboard's storage on a real PostgreSQL database. */
class PostgresIdempotencyTest extends IdempotencyTest {
    @Override
    TestServer newServer() {
        return TestServer.onPostgres();
    }
}
