package io.onboard.application.port.out;

import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.SigningSecret;
import io.onboard.domain.webhook.WebhookUrl;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One POST of an event to a receiver (SPEC 9): the event as the body, signed at {@code signedAt} with each of
 * {@code secrets}, sent to {@code url} but connected only to {@code addresses}, the ones checked for it.
 */
public record WebhookMessage(WebhookUrl url, List<InetAddress> addresses, Event event, DeliveryId deliveryId,
                             List<SigningSecret> secrets, Instant signedAt) {
    public WebhookMessage {
        Objects.requireNonNull(url, "url");
        addresses = List.copyOf(addresses);
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(deliveryId, "deliveryId");
        secrets = List.copyOf(secrets);
        Objects.requireNonNull(signedAt, "signedAt");
        if (addresses.isEmpty() || secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook message needs an address to go to and a secret to sign with");
        }
    }
}
