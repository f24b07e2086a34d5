package io.onboard.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.onboard.domain.access.Scope;
import java.util.function.Function;

/**
 * Registers the API's guarded endpoints: each names the scope it needs, and every POST passes through
 * {@link Idempotency}. The endpoint returns a {@link Reply}; writing it (status, JSON, {@code ETag},
 * replay header) happens here, in one place.
 */
final class Router {
    /** An endpoint's work, given an admitted call. */
    interface Action {
        Reply handle(Call call);
    }

    private final RoutesConfig routes;
    private final Guard guard;
    private final Idempotency idempotency;

    Router(RoutesConfig routes, Guard guard, Idempotency idempotency) {
        this.routes = routes;
        this.guard = guard;
        this.idempotency = idempotency;
    }

    /** A GET, and the HEAD beside it that HTTP asks for: the same answer without its body. */
    void get(String path, Scope scope, Action action) {
        add(HandlerType.GET, path, ctx -> scope, action);
        add(HandlerType.HEAD, path, ctx -> scope, action);
    }

    void post(String path, Scope scope, Action action) {
        add(HandlerType.POST, path, ctx -> scope, action);
    }

    /** A POST whose scope depends on the request (case actions: reviews need admin). */
    void post(String path, Function<Context, Scope> scope, Action action) {
        add(HandlerType.POST, path, scope, action);
    }

    void put(String path, Scope scope, Action action) {
        add(HandlerType.PUT, path, ctx -> scope, action);
    }

    void delete(String path, Scope scope, Action action) {
        add(HandlerType.DELETE, path, ctx -> scope, action);
    }

    private void add(HandlerType method, String path, Function<Context, Scope> scope, Action action) {
        routes.addHttpHandler(method, path, ctx -> {
            Call call = guard.admit(ctx, scope.apply(ctx));
            Reply reply = method == HandlerType.POST
                    ? idempotency.run(call, () -> action.handle(call))
                    : action.handle(call);
            write(ctx, reply);
        });
    }

    static void write(Context ctx, Reply reply) {
        ctx.status(reply.status()).contentType("application/json").result(reply.json());
        if (reply.version() != null) {
            ctx.header("ETag", ETags.of(reply.version(), reply.json()));
        }
        if (reply.location() != null) {
            ctx.header("Location", reply.location());
        }
        if (reply.replayed()) {
            ctx.header(Idempotency.REPLAYED_HEADER, "true");
        }
    }
}
