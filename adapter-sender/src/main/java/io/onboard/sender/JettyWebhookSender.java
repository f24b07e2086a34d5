package io.onboard.sender;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.onboard.application.port.out.WebhookMessage;
import io.onboard.application.port.out.WebhookSender;
import io.onboard.domain.webhook.DeliveryAttempt;
import io.onboard.domain.webhook.SigningSecret;
import io.onboard.representation.EventResponse;
import io.onboard.representation.Json;
import io.onboard.webhook.WebhookSignature;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpMethod;

/**
 * Posts webhook deliveries with Jetty's HTTP client (SPEC 9): the event's JSON as the body, signed with every
 * secret the message carries; {@link WebhookSender#TIMEOUT} for the whole exchange; no redirect followed. A new
 * connection goes only to the addresses the message was checked for: the client's resolver answers from them and
 * never asks DNS itself, so a host cannot be checked at one address and reached at another.
 */
public final class JettyWebhookSender implements WebhookSender, AutoCloseable {
    private static final int KEPT = DeliveryAttempt.MAX_ERROR;
    private final Map<String, List<InetAddress>> checked = new ConcurrentHashMap<>();
    /**
     * Made and started on the first send, not with the server, whose start it would slow by a third of a second;
     * guarded by this.
     */
    private HttpClient client;

    /** A sender whose client starts with its first delivery; close it on the way out. */
    public JettyWebhookSender() {
    }

    private synchronized HttpClient client() {
        if (client == null) {
            HttpClient starting = configured();
            try {
                starting.start();
            } catch (Exception e) {
                throw new IllegalStateException("the webhook client did not start: " + e.getMessage(), e);
            }
            client = starting;
        }
        return client;
    }

    private HttpClient configured() {
        HttpClient http = new HttpClient();
        http.setFollowRedirects(false);
        http.setConnectTimeout(TIMEOUT.toMillis());
        http.setMaxRequestsQueuedPerDestination(10_000);
        http.setUserAgentField(new org.eclipse.jetty.http.HttpField("User-Agent", "Onboard-Webhooks/1"));
        http.setSocketAddressResolver((host, port, context, promise) -> {
            List<InetAddress> addresses = checked.get(host);
            if (addresses == null) {
                promise.failed(new IllegalStateException("no checked address for " + host));
            } else {
                promise.succeeded(addresses.stream().map(address -> new InetSocketAddress(address, port)).toList());
            }
        });
        return http;
    }

    @Override
    public CompletableFuture<DeliveryAttempt> send(WebhookMessage message) {
        byte[] body = body(message);
        String signature = WebhookSignature.sign(message.secrets().stream().map(SigningSecret::value).toList(),
                message.signedAt(), body);
        checked.put(message.url().host(), message.addresses());
        CompletableFuture<DeliveryAttempt> outcome = new CompletableFuture<>();
        long start = System.nanoTime();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        client().newRequest(message.url().uri()).method(HttpMethod.POST).timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .headers(headers -> headers.put("Onboard-Event-Id", message.event().id().value())
                        .put("Onboard-Event", message.event().type().wireName())
                        .put("Onboard-Delivery-Id", message.deliveryId().value())
                        .put(WebhookSignature.HEADER, signature))
                .body(new BytesRequestContent("application/json", body))
                .onResponseContent((response, content) -> keep(answer, content))
                .send(result -> outcome.complete(attempt(result, Duration.ofNanos(System.nanoTime() - start), answer)));
        return outcome;
    }

    private static byte[] body(WebhookMessage message) {
        try {
            return Json.mapper().writeValueAsBytes(EventResponse.from(message.event()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keep(ByteArrayOutputStream answer, ByteBuffer content) {
        synchronized (answer) {
            int room = KEPT - answer.size();
            if (room > 0) {
                byte[] bytes = new byte[Math.min(room, content.remaining())];
                content.get(bytes);
                answer.write(bytes, 0, bytes.length);
            }
        }
    }

    private static DeliveryAttempt attempt(Result result, Duration took, ByteArrayOutputStream answer) {
        Response response = result.getResponse();
        if (result.isSucceeded() && response != null) {
            String text;
            synchronized (answer) {
                text = answer.toString(StandardCharsets.UTF_8);
            }
            return DeliveryAttempt.answered(response.getStatus(), took, text);
        }
        Throwable failure = result.getFailure();
        String why = failure instanceof TimeoutException ? "no answer within " + TIMEOUT.toSeconds() + " s"
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return DeliveryAttempt.unanswered(took, why);
    }

    @Override
    public synchronized void close() {
        if (client == null) {
            return;
        }
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the webhook client did not stop: " + e.getMessage(), e);
        }
    }
}
