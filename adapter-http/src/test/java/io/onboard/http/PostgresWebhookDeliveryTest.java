package io.onboard.http;

/** {@link WebhookDeliveryTest} over Onboard's storage on a real PostgreSQL database. */
class PostgresWebhookDeliveryTest extends WebhookDeliveryTest {
    @Override
    TestServer newServer() {
        return TestServer.onPostgres();
    }
}
