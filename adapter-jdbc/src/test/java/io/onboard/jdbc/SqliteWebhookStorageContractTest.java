package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.contract.AbstractWebhookStorageContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.WebhookStorage;
import io.onboard.domain.event.EventType;
import io.onboard.domain.webhook.EventSelection;
import io.onboard.domain.webhook.SigningSecret;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import io.onboard.domain.webhook.WebhookUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook storage contract on a SQLite file, and what only a file shows: a signing secret is nowhere in the
 * database in the clear, and a server with another key cannot use it.
 */
class SqliteWebhookStorageContractTest extends AbstractWebhookStorageContractTest {
    @TempDir
    Path folder;
    private SqliteStorage sqlite;

    @Override
    protected OnboardingStorage newStorage() {
        sqlite = SqliteStorage.open(folder.resolve("onboard.db"));
        return sqlite.onboarding();
    }

    @Override
    protected WebhookStorage webhookStorage() {
        return sqlite.webhooks(SecretSeal.loadOrCreate(folder.resolve("onboard.key")));
    }

    @AfterEach
    void close() {
        sqlite.close();
    }

    @Test
    void a_signing_secret_is_stored_only_sealed_and_opens_only_with_the_servers_key() throws IOException {
        SigningSecret secret = SigningSecret.generate(new Random(11));
        Subscription subscription = webhooks.subscriptions().add(Subscription.create(SubscriptionId.of(UUID.randomUUID()),
                ACCOUNT, WebhookUrl.parse("http://localhost/hooks", ACCOUNT), EventSelection.of(EventType.ACCOUNT_STORE_ADD),
                null, true, secret, T0));
        sqlite.close();

        String hex = secret.value().substring("whsec_".length());
        for (Path file : Files.list(folder).filter(f -> f.getFileName().toString().startsWith("onboard.db")).toList()) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(hex);
        }
        assertThat(Files.getPosixFilePermissions(folder.resolve("onboard.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        sqlite = SqliteStorage.open(folder.resolve("onboard.db"));
        assertThat(sqlite.webhooks(SecretSeal.loadOrCreate(folder.resolve("onboard.key"))).subscriptions()
                .find(ACCOUNT, subscription.id()).orElseThrow().secret()).isEqualTo(secret);
        WebhookStorage otherKey = sqlite.webhooks(SecretSeal.loadOrCreate(folder.resolve("another.key")));
        assertThatThrownBy(() -> otherKey.subscriptions().find(ACCOUNT, subscription.id()))
                .hasMessageContaining("cannot be opened with this server's key");
    }
}
