package io.onboard.http;

/** {@link ConditionalRequestTest} over Onboard's storage on a real PostgreSQL database. */
class PostgresConditionalRequestTest extends ConditionalRequestTest {
    @Override
    TestServer newServer() {
        return TestServer.onPostgres();
    }
}
