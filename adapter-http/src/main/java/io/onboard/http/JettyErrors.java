package io.onboard.http;

import io.onboard.representation.ErrorResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before Javalin sees them (a malformed request line, an over-long URI or header,
 * an ambiguous path) still get the API's JSON error format, never Jetty's HTML page or a stack trace.
 */
final class JettyErrors extends ErrorHandler {

    /** Jetty writes a body only for GET, POST and HEAD; a refused PUT or DELETE deserves the error format too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    static byte[] body(int status) {
        String code = switch (status) {
            case 404 -> HttpError.NOT_FOUND;
            case 405 -> HttpError.METHOD_NOT_ALLOWED;
            case 413 -> HttpError.PAYLOAD_TOO_LARGE;
            case 415 -> HttpError.UNSUPPORTED_MEDIA_TYPE;
            // 505 is Jetty's answer to a version it cannot parse (HTTP/1.2, 0.9): the client's request, not our fault
            case 505 -> HttpError.BAD_REQUEST;
            default -> status >= 500 ? HttpError.INTERNAL_ERROR : HttpError.BAD_REQUEST;
        };
        String message = status == 505 ? "the request's HTTP version is not one this server speaks; send HTTP/1.1"
                : status >= 500 ? "something went wrong on our side"
                : "the request could not be handled as sent (HTTP " + status + ")";
        return Reply.write(ErrorResponse.of(code, message, List.of())).getBytes(StandardCharsets.UTF_8);
    }
}
