package io.onboard.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

/**
 * The unauthenticated endpoints: health ({@code /health} and {@code /health/live} while the process answers,
 * {@code /health/ready} while its database does too), {@code /metrics} for Prometheus, and the API's own description
 * at {@code /openapi.yaml}. Keep {@code /metrics} to the operators' network, as with any Prometheus target.
 */
final class SystemEndpoints {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private final byte[] openApi = openApiDocument();
    private final Metrics metrics;
    private final BooleanSupplier ready;

    SystemEndpoints(Metrics metrics, BooleanSupplier ready) {
        this.metrics = metrics;
        this.ready = ready;
    }

    void register(RoutesConfig routes) {
        for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.HEAD}) {
            routes.addHttpHandler(method, "/health", ctx -> Router.write(ctx, Reply.ok(new Health("ok"))));
            routes.addHttpHandler(method, "/health/live", ctx -> Router.write(ctx, Reply.ok(new Health("ok"))));
            routes.addHttpHandler(method, "/health/ready", ctx -> {
                boolean up = ready.getAsBoolean();
                ctx.status(up ? 200 : 503).contentType("application/json")
                        .result(Reply.write(new Health(up ? "ok" : "unavailable")));
            });
            routes.addHttpHandler(method, "/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape()));
            routes.addHttpHandler(method, "/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));
        }
    }

    /** {@code {"status": "ok"}}, or {@code "unavailable"} from {@code /health/ready} while the database is not. */
    record Health(String status) {
    }

    private static byte[] openApiDocument() {
        try (InputStream in = SystemEndpoints.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
