package io.onboard.http;

/** {@link EventsApiTest} over Onboard's storage on a real PostgreSQL database. */
class PostgresEventsApiTest extends EventsApiTest {
    @Override
    TestServer newServer() {
        return TestServer.onPostgres();
    }
}
