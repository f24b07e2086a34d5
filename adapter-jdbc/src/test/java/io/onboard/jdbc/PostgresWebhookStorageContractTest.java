package io.onboard.jdbc;

import io.onboard.application.contract.AbstractWebhookStorageContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.WebhookStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The webhook storage contract on PostgreSQL, secrets sealed under a key file as on SQLite. */
class PostgresWebhookStorageContractTest extends AbstractWebhookStorageContractTest {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();
    @TempDir
    Path folder;
    private PostgresStorage storage;

    @Override
    protected OnboardingStorage newStorage() {
        storage = postgres.open();
        return storage.onboarding();
    }

    @Override
    protected WebhookStorage webhookStorage() {
        return storage.webhooks(SecretSeal.loadOrCreate(folder.resolve("onboard.key")));
    }
}
