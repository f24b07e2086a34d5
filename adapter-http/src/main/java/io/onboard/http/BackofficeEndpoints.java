package io.onboard.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Backoffice web console (SPEC 12): static files from {@code /backoffice/} in the jar, which call the public
 * JSON API like any client. Every answer carries headers that forbid inline script, framing and type sniffing.
 */
final class BackofficeEndpoints {
    static final String ROOT = "/backoffice";
    /** Only plain file names under the console's folder: no dot segments, so nothing outside it can be named. */
    private static final Pattern FILE = Pattern.compile("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*\\.(html|js|css)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
                    + " img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache");

    void register(RoutesConfig routes) {
        for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.HEAD}) {
            // one route for both spellings (the router ignores a trailing slash); the page's relative links need it
            routes.addHttpHandler(method, ROOT, ctx -> {
                if (ctx.path().endsWith("/")) {
                    serve(ctx, "index.html");
                } else {
                    ctx.redirect(ROOT + "/");
                }
            });
            routes.addHttpHandler(method, ROOT + "/<file>", ctx -> serve(ctx, ctx.pathParam("file")));
        }
    }

    /**
     * The files served so far: they are in the jar and never change while it runs. Names of no file are not kept,
     * so requests for made-up names cannot grow it.
     */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    private void serve(Context ctx, String file) {
        byte[] content = files.get(file);
        if (content == null && FILE.matcher(file).matches()) {
            content = read(file).orElse(null);
            if (content != null) {
                files.put(file, content);
            }
        }
        if (content == null) {
            throw new HttpError(404, HttpError.NOT_FOUND, "the Backoffice has no file " + file);
        }
        HEADERS.forEach(ctx::header);
        ctx.contentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1))).result(content);
    }

    private static Optional<byte[]> read(String file) {
        try (InputStream in = BackofficeEndpoints.class.getResourceAsStream(ROOT + "/" + file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
