package io.onboard.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The unauthenticated endpoints: {@code /health} and the API's own description at {@code /openapi.yaml}. */
final class SystemEndpoints {
    private final byte[] openApi = openApiDocument();

    void register(RoutesConfig routes) {
        for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.HEAD}) {
            routes.addHttpHandler(method, "/health", ctx -> Router.write(ctx, Reply.ok(new Health("ok"))));
            routes.addHttpHandler(method, "/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));
        }
    }

    /** {@code {"status": "ok"}} while the server answers. */
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
