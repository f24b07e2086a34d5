package io.onboard.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status and duration. Never the query string, headers or body, so
 * no token or secret reaches the log; control characters in the path are masked so a request cannot forge lines.
 */
final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.onboard.http.requests");
    private static final int MAX_PATH = 200;

    private RequestLog() {
    }

    static void log(Context ctx, Float millis) {
        LOG.info("{} {} {} {}ms", ctx.method().name(), printable(ctx.path()), ctx.statusCode(),
                String.format(java.util.Locale.ROOT, "%.1f", millis));
    }

    static String printable(String path) {
        String shown = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
