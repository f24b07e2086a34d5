package com.example.integrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A later Onboard as a client generated today would meet it: a proxy in front of the real server that adds a
 * field this document does not name to every JSON object answered, and sets a terminal status it does not list.
 */
final class NewerServer implements AutoCloseable {
    static final String NEW_STATUS = "RETIRED";
    static final String NEW_FIELD = "firmware_channel";
    /** The request headers this API reads (the JDK's client refuses to set connection headers such as Upgrade). */
    private static final List<String> FORWARDED = List.of("Authorization", "Content-Type", "Accept", "If-Match",
            "Idempotency-Key");

    private final HttpServer proxy;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    NewerServer(String upstream) throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> forward(upstream, exchange));
        proxy.start();
    }

    String base() {
        return "http://127.0.0.1:" + proxy.getAddress().getPort();
    }

    private void forward(String upstream, HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
            for (String name : FORWARDED) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            byte[] body = newer(answer.body()).getBytes(StandardCharsets.UTF_8);
            answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String newer(String body) throws IOException {
        if (!body.startsWith("{")) {
            return body;
        }
        ObjectNode object = (ObjectNode) json.readTree(body);
        object.put(NEW_FIELD, "beta");
        if (object.has("terminal_id") && object.has("status")) {
            object.put("status", NEW_STATUS);
        }
        return json.writeValueAsString(object);
    }

    @Override
    public void close() {
        proxy.stop(0);
    }
}
