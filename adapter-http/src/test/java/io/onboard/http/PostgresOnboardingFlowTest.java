package io.onboard.http;

/** {@link OnboardingFlowTest} over Onboard's storage on a real PostgreSQL database. */
class PostgresOnboardingFlowTest extends OnboardingFlowTest {
    @Override
    TestServer newServer() {
        return TestServer.onPostgres();
    }
}
