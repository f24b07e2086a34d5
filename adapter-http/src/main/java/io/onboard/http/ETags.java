package io.onboard.http;

import io.onboard.domain.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code ETag} and {@code If-Match}. A store, terminal or seller shows data that changes without its own
 * version moving (a store shows its seller's name, a seller counts its stores), so the tag names both: the
 * resource's version and a digest of the exact JSON sent ({@code "7-1f2e3d4c5b6a7980"}). A change with
 * {@code If-Match} goes ahead only when a current representation still has that tag, and then only if the
 * version it was read at is still the stored one, which the use case checks in its own transaction.
 */
final class ETags {
    private static final int DIGEST_BYTES = 8;

    private ETags() {
    }

    static String of(long version, String json) {
        return "\"" + version + "-" + digest(json) + "\"";
    }

    /**
     * The version a conditional change must still find, or null when the client sent no {@code If-Match}
     * (or {@code *}). {@code current} reads the resource's representations now (a terminal has two, with and
     * without its store); the request is refused with 412 unless one of them has a tag the client listed.
     */
    static Long expectedVersion(String ifMatch, Supplier<List<Reply>> current) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        List<String> listed = List.of(ifMatch.split(",")).stream().map(String::strip).toList();
        for (Reply reply : current.get()) {
            if (listed.contains(of(reply.version(), reply.json()))) {
                return reply.version();
            }
        }
        throw new HttpError(412, ErrorCode.PRECONDITION_FAILED.name(),
                "If-Match names no current representation of this resource; read it again and retry with its ETag");
    }

    private static String digest(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
