package io.onboard.http;

/** {@link ListsTest} over Onboard's storage on a real PostgreSQL database. */
class PostgresListsTest extends ListsTest {
    @Override
    TestServer newServer() {
        return TestServer.onPostgres();
    }
}
