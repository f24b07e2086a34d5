package io.onboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JDK {@link HttpClient} against a running server. Every response it receives is checked against the
 * OpenAPI document before the test sees it, so the document cannot drift from the server.
 */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final OpenApiContract contract;

    ApiClient(String base, OpenApiContract contract) {
        this.base = base;
        this.contract = contract;
    }

    /** A request being built: method, path (with query), token, body and headers. */
    final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Request json(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        Request body(byte[] bytes, String contentType) {
            this.body = bytes;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(builder::header);
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                Response received = new Response(response.statusCode(), response.headers().map(), response.body(),
                        parse(response.body()));
                contract.check(method, path, received);
                return received;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Request get(String path) {
        return new Request("GET", path);
    }

    Request post(String path) {
        return new Request("POST", path);
    }

    Request put(String path) {
        return new Request("PUT", path);
    }

    Request delete(String path) {
        return new Request("DELETE", path);
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
