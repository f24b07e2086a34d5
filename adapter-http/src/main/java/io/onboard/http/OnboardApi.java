package io.onboard.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.onboard.domain.operation.OperationInProgressException;
import java.util.function.BooleanSupplier;

/**
 * SPEC 6's HTTP API: every endpoint mapped to a use case, one error format, bearer-token guard, idempotent
 * POSTs, ETags, and one log line per request. Start it on a port (0 picks a free one) and stop it when done.
 */
public final class OnboardApi {
    private final RequestLog requestLog = new RequestLog();
    private final Metrics metrics;
    private final BooleanSupplier ready;
    private final Javalin app;

    /** The API with metrics of its own, always ready: for a server whose storage cannot become unreachable. */
    public OnboardApi(UseCases useCases) {
        this(useCases, new Metrics(), () -> true);
    }

    /** The API, counting in {@code metrics}, ready to serve while {@code ready} says so (its storage answers). */
    public OnboardApi(UseCases useCases, Metrics metrics, BooleanSupplier ready) {
        this.metrics = metrics;
        this.ready = ready;
        this.app = Javalin.create(config -> configure(config, useCases));
    }

    private void configure(JavalinConfig config, UseCases useCases) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = Call.MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        config.requestLogger.http((ctx, millis) -> {
            metrics.request(ctx, millis);
            requestLog.log(ctx, millis);
        });
        config.routes.before(RequestIds::assign);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));

        new SystemEndpoints(metrics, ready).register(config.routes);
        new BackofficeEndpoints().register(config.routes);
        new TokenEndpoint(useCases.issueToken()).register(config.routes);
        Router router = new Router(config.routes, new Guard(useCases.authenticate()),
                new Idempotency(useCases.idempotencyRecords(), useCases.transactions(), useCases.clock()));
        new SellerEndpoints(useCases).register(router);
        new StoreEndpoints(useCases).register(router);
        new TerminalEndpoints(useCases).register(router);
        new SessionEndpoints(useCases).register(router);
        new EventEndpoints(useCases).register(router);
        new WebhookEndpoints(useCases.webhooks()).register(router);
        new OperationEndpoints(useCases.operations()).register(router);
        new ClientEndpoints(useCases.revokeApiClient()).register(router);

        config.routes.exception(HttpResponseException.class, (e, ctx) -> writeError(ctx, fromJavalin(e, ctx)));
        config.routes.exception(Exception.class, (e, ctx) -> writeError(ctx, e));
    }

    /** Starts listening on {@code host}:{@code port}; port 0 picks a free port, see {@link #port()}. */
    public OnboardApi start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops listening, then writes the request lines still queued. */
    public void stop() {
        app.stop();
        requestLog.close();
    }

    static void writeError(Context ctx, Throwable failure) {
        ErrorMapping.Rendered rendered = ErrorMapping.render(failure, RequestIds.of(ctx));
        if (rendered.status() == 401) {
            ctx.header("WWW-Authenticate", ctx.path().endsWith("/auth/token") ? "Basic realm=\"onboard\"" : "Bearer");
        }
        if (failure instanceof OperationInProgressException busy) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, (busy.retryAfter().toMillis() + 999) / 1000)));
        }
        ctx.status(rendered.status()).contentType("application/json").result(Reply.write(rendered.body()));
    }

    /** Javalin's own refusals (no such route, wrong method, body too large) in the API's error format. */
    private static HttpError fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> new HttpError(404, HttpError.NOT_FOUND, "there is no endpoint at this path; see /openapi.yaml");
            case 405 -> {
                // RFC 9110: a 405 names the methods the path does take.
                String allowed = e.getDetails().get("availableMethods");
                if (allowed != null && !allowed.isBlank()) {
                    ctx.header("Allow", allowed);
                }
                yield new HttpError(405, HttpError.METHOD_NOT_ALLOWED,
                        "this path does not take " + ctx.method().name() + "; see /openapi.yaml");
            }
            case 413 -> new HttpError(413, HttpError.PAYLOAD_TOO_LARGE, "the request body is larger than 1 MiB");
            default -> new HttpError(e.getStatus() >= 400 && e.getStatus() < 500 ? e.getStatus() : 400,
                    HttpError.BAD_REQUEST, "the request could not be handled as sent");
        };
    }
}
