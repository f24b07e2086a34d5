package io.onboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.onboard.representation.Json;
import java.io.UncheckedIOException;

/**
 * What an endpoint answers: a status and a response record (never a domain object), the resource's version
 * for its {@code ETag} when it is a single versioned resource, where a created resource now lives (its
 * {@code Location}), and whether it is a replayed idempotent answer.
 */
record Reply(int status, String json, Long version, String location, boolean replayed, String remembered) {
    Reply(int status, String json, Long version, String location, boolean replayed) {
        this(status, json, version, location, replayed, null);
    }

    static Reply ok(Object body) {
        return new Reply(200, write(body), null, null, false);
    }

    static Reply ok(Object body, long version) {
        return new Reply(200, write(body), version, null, false);
    }

    /** A new resource, readable at {@code location} (a path on this server). */
    static Reply created(Object body, long version, String location) {
        return new Reply(201, write(body), version, location, false);
    }

    /**
     * A new resource whose answer shows a secret this once ({@code body}); an idempotent replay answers
     * {@code remembered}, without it, since answers are kept in the clear and a secret must not be.
     */
    static Reply createdShowingOnce(Object body, Object remembered, long version, String location) {
        return new Reply(201, write(body), version, location, false, write(remembered));
    }

    /** As {@link #createdShowingOnce}, for an answer that is not a creation. */
    static Reply okShowingOnce(Object body, Object remembered, long version) {
        return new Reply(200, write(body), version, null, false, write(remembered));
    }

    /** The JSON an idempotency record keeps of this answer. */
    String rememberedJson() {
        return remembered != null ? remembered : json;
    }

    /** Accepted for work in the background, followed at {@code location} (a path on this server). */
    static Reply accepted(Object body, String location) {
        return new Reply(202, write(body), null, location, false);
    }

    /** A new resource without a version, readable at {@code location} (a path on this server). */
    static Reply created(Object body, String location) {
        return new Reply(201, write(body), null, location, false);
    }

    /** The remembered first answer to an idempotent request, with its version and location if it had them. */
    static Reply replay(int status, String json, Long version, String location) {
        return new Reply(status, json, version, location, true);
    }

    static String write(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
