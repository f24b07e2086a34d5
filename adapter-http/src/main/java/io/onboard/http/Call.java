package io.onboard.http;

import io.javalin.http.Context;
import io.onboard.domain.access.Caller;
import io.onboard.domain.account.AccountId;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One authorized request as an endpoint sees it: the account it acts for, its path and query parameters,
 * and its body, read at most once and never beyond {@link #MAX_BODY_BYTES}.
 */
final class Call {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

    private final Context ctx;
    private final Caller caller;
    private final AccountId account;
    private byte[] body;

    Call(Context ctx, Caller caller, AccountId account) {
        this.ctx = ctx;
        this.caller = caller;
        this.account = account;
    }

    AccountId account() {
        return account;
    }

    Caller caller() {
        return caller;
    }

    String path(String name) {
        return ctx.pathParam(name);
    }

    String query(String name) {
        return ctx.queryParam(name);
    }

    String header(String name) {
        return ctx.header(name);
    }

    String method() {
        return ctx.method().name();
    }

    String requestPath() {
        return ctx.path();
    }

    /** {@code template} (a route such as {@code /v1/accounts/{aid}/stores}) for this call's account, then {@code id}. */
    String pathTo(String template, String id) {
        return template.replace("{aid}", account.value()) + "/" + id;
    }

    /**
     * The version a change may go ahead on, or null when the client sent no {@code If-Match}; refused with 412
     * when no representation {@code current} reads has a tag the client named.
     */
    Long expectedVersion(Supplier<List<Reply>> current) {
        return ETags.expectedVersion(ctx.header("If-Match"), current);
    }

    /** The body as a request record; it must be JSON. */
    <T> T body(Class<T> type) {
        byte[] raw = rawBody();
        if (raw.length > 0) {
            requireJson();
        }
        return JsonBodies.read(raw, type);
    }

    /** The body as a request record, or {@code absent} when the client sent none. */
    <T> T optionalBody(Class<T> type, T absent) {
        return rawBody().length == 0 ? absent : body(type);
    }

    /** For calls that take no body: nothing, or an empty JSON object. */
    void noBody() {
        byte[] raw = rawBody();
        if (raw.length > 0) {
            requireJson();
            JsonBodies.requireNone(raw);
        }
    }

    byte[] rawBody() {
        if (body == null) {
            body = readLimited();
        }
        return body;
    }

    private byte[] readLimited() {
        try (InputStream in = ctx.req().getInputStream()) {
            if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
                throw tooLarge(in);
            }
            byte[] read = in.readNBytes(MAX_BODY_BYTES + 1);
            if (read.length > MAX_BODY_BYTES) {
                throw tooLarge(in);
            }
            return read;
        } catch (IOException e) {
            // Broken chunked framing, or a client that stopped sending: the client's fault, not a bug of ours, and
            // if the client is gone the answer goes nowhere anyway.
            throw new HttpError(400, HttpError.BAD_REQUEST,
                    "the request body could not be read: its chunked framing is broken or it ended early");
        }
    }

    /**
     * Reads and drops what the client is still sending (up to a bound) before answering 413: a client that
     * is still uploading when the connection closes would see a reset instead of the answer.
     */
    private static HttpError tooLarge(InputStream in) throws IOException {
        long dropped = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0 && dropped < MAX_DRAINED_BYTES; n = in.read(buffer)) {
            dropped += n;
        }
        return new HttpError(413, HttpError.PAYLOAD_TOO_LARGE, "the request body is larger than 1 MiB");
    }

    private void requireJson() {
        String type = ctx.header("Content-Type");
        if (!isJson(type)) {
            throw new HttpError(415, HttpError.UNSUPPORTED_MEDIA_TYPE,
                    "send the request body as Content-Type: application/json (UTF-8)");
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

}
