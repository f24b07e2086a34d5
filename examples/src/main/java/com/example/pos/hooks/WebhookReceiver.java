package com.example.pos.hooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onboard.webhook.WebhookSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A webhook receiver for Onboard's deliveries: it trusts a body only once its signature verifies, answers 2xx once
 * it has handled it, and handles each event once however often it arrives. Run it with the subscription's secret
 * in ONBOARD_WEBHOOK_SECRET (two, comma-separated, while a rotation overlaps) and the port as its argument.
 */
public class WebhookReceiver {
    private final List<String> secrets;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public WebhookReceiver(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        WebhookReceiver receiver = new WebhookReceiver(List.of(System.getenv("ONBOARD_WEBHOOK_SECRET").split(",")));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/onboard/hooks", receiver::handle);
        server.start();
        System.out.println("receiving on http://localhost:" + port + "/onboard/hooks");
    }

    /** One delivery: 400 when its signature does not hold, else 204 once handled (and for repeats). */
    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
        try {
            WebhookSignature.verify(secrets, signature, body, WebhookSignature.TOLERANCE);
        } catch (WebhookSignature.Invalid refused) {
            System.out.println("refused: " + refused.getMessage());
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        String eventId = exchange.getRequestHeaders().getFirst("Onboard-Event-Id");
        if (seen.add(eventId)) {
            handleEvent(exchange.getRequestHeaders().getFirst("Onboard-Event"), new String(body, StandardCharsets.UTF_8));
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** Your reaction to an event; delivery is at least once, but this runs once per event id. */
    protected void handleEvent(String type, String event) {
        System.out.println(type + " " + event);
    }
}
