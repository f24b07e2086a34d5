package io.onboard.application.port.out;

import io.onboard.domain.webhook.DeliveryAttempt;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Posts one webhook message and says how it went, without throwing: an error is an attempt that failed. At most
 * {@link #TIMEOUT} per attempt, redirects not followed, and only to the addresses the message names.
 */
public interface WebhookSender {
    Duration TIMEOUT = Duration.ofSeconds(10);

    CompletableFuture<DeliveryAttempt> send(WebhookMessage message);
}
