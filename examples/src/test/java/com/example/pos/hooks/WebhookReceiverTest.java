package com.example.pos.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.onboard.webhook.WebhookSignature;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's receiver on a real port: signed deliveries are handled once each, forged or stale ones refused. */
class WebhookReceiverTest {
    private static final String SECRET = "whsec_" + "ab".repeat(32);
    private static final String EVENT = "{\"id\":\"evt_0123456789abcdef0123456789abcdef\",\"event\":\"account_store_add\"}";
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(List.of(SECRET)) {
            @Override
            protected void handleEvent(String type, String event) {
                handled.add(type + " " + event);
            }
        };
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/onboard/hooks", receiver::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_signed_event_is_handled_once_however_often_it_arrives_and_a_forged_or_stale_one_is_refused() throws Exception {
        byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);
        String signed = WebhookSignature.sign(List.of(SECRET), Instant.now(), body);
        String forged = WebhookSignature.sign(List.of("whsec_" + "cd".repeat(32)), Instant.now(), body);
        String stale = WebhookSignature.sign(List.of(SECRET), Instant.now().minusSeconds(600), body);

        assertThat(post(signed, body)).isEqualTo(204);
        assertThat(post(signed, body)).as("a repeat is acknowledged, not handled again").isEqualTo(204);
        assertThat(post(forged, body)).isEqualTo(400);
        assertThat(post(stale, body)).isEqualTo(400);
        assertThat(post(null, body)).isEqualTo(400);
        assertThat(handled).containsExactly("account_store_add " + EVENT);
    }

    private int post(String signature, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/onboard/hooks")).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Onboard-Event-Id", "evt_0123456789abcdef0123456789abcdef").header("Onboard-Event", "account_store_add");
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
