package io.onboard.http;

/** {@link OperationsApiTest} over Onboard's storage on a real PostgreSQL database. */
class PostgresOperationsApiTest extends OperationsApiTest {
    @Override
    TestServer newServer() {
        return TestServer.onPostgres();
    }
}
