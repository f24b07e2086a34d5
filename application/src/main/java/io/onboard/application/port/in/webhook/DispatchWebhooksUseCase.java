package io.onboard.application.port.in.webhook;

import java.util.concurrent.CompletableFuture;

/**
 * One round of the webhook dispatcher, for the server's delivery loop: turns new events into deliveries, claims the
 * due ones and sends them. A round does not wait for the answers; each outcome is recorded when it arrives.
 */
public interface DispatchWebhooksUseCase {
    Round dispatch();

    /** What a round started: how many attempts, and a future done when all their outcomes are recorded. */
    record Round(int attempts, CompletableFuture<Void> settled) {
    }
}
