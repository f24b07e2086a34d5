package io.onboard.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request's id (SPEC 11), in its {@code Request-Id} response header, its log line and any {@code 500} message,
 * so a support case, a client's log and the server's log meet on one string. A client's own id is kept when it is
 * well-formed (1 to 128 letters, digits and {@code . _ : -}); otherwise the server makes one.
 */
final class RequestIds {
    static final String HEADER = "Request-Id";
    private static final String ATTRIBUTE = "onboard.request-id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** Gives the request its id: the first thing done with every request. */
    static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The request's id; one made now for a request that never got one (refused by Jetty before routing). */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            assign(ctx);
            id = ctx.attribute(ATTRIBUTE);
        }
        return id;
    }
}
