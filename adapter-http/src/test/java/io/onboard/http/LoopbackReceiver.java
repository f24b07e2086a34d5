package io.onboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onboard.webhook.WebhookSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A webhook receiver on loopback (the JDK's HttpServer) that checks every delivery's signature with the secrets it
 * trusts, at the time of the server's clock, and answers as the test commands: 2xx, 500, a redirect, or nothing
 * for longer than the sender waits.
 */
final class LoopbackReceiver implements AutoCloseable {
    /**
     * 2xx at once; 500; a 302; 2xx after 12 s; 2xx after 100 ms, so that deliveries are in flight for a while; 2xx
     * once the test {@link #release()}s held requests (at most 60 s later).
     */
    enum Answer { OK, FAIL, REDIRECT, HANG, SLOW, HOLD }

    /** One POST as it arrived, with whether its signature held under the trusted secrets. */
    record Received(String eventId, String event, String resourceId, long sequence, String deliveryId,
                    int signatures, boolean verified, JsonNode body, int senderPort) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Clock clock;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private volatile List<String> secrets = List.of();
    private volatile Function<Received, Answer> answer = delivery -> Answer.OK;
    private final CountDownLatch released = new CountDownLatch(1);

    private LoopbackReceiver(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/onboard/hooks", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A receiver that checks signature timestamps against {@code clock} (the server's). */
    static LoopbackReceiver start(Clock clock) {
        try {
            return new LoopbackReceiver(clock);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/onboard/hooks";
    }

    void trust(String... trusted) {
        secrets = List.of(trusted);
    }

    void answer(Function<Received, Answer> how) {
        answer = how;
    }

    void answerAll(Answer how) {
        answer = delivery -> how;
    }

    /** Lets every held request, and any held from now on, be answered. */
    void release() {
        released.countDown();
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
        boolean verified = !secrets.isEmpty() && signature != null && verifies(signature, body);
        JsonNode event = JSON.readTree(body);
        Received delivery = new Received(exchange.getRequestHeaders().getFirst("Onboard-Event-Id"),
                exchange.getRequestHeaders().getFirst("Onboard-Event"), event.path("resource_id").asText(),
                event.path("sequence").asLong(), exchange.getRequestHeaders().getFirst("Onboard-Delivery-Id"),
                signature == null ? 0 : signature.split("v1=", -1).length - 1, verified, event,
                exchange.getRemoteAddress().getPort());
        received.add(delivery);
        switch (answer.apply(delivery)) {
            case OK -> exchange.sendResponseHeaders(204, -1);
            case FAIL -> respond(exchange, 500, "receiver down for maintenance");
            case REDIRECT -> {
                exchange.getResponseHeaders().add("Location", url() + "/elsewhere");
                respond(exchange, 302, "moved");
            }
            case HANG -> {
                pause(12_000);
                exchange.sendResponseHeaders(204, -1);
            }
            case SLOW -> {
                pause(100);
                exchange.sendResponseHeaders(204, -1);
            }
            case HOLD -> {
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(204, -1);
            }
        }
        exchange.close();
    }

    private boolean verifies(String signature, byte[] body) {
        try {
            WebhookSignature.verify(secrets, signature, body, WebhookSignature.TOLERANCE, clock);
            return true;
        } catch (WebhookSignature.Invalid invalid) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
