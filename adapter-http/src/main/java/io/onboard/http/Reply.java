package io.onboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.onboard.representation.Json;
import java.io.UncheckedIOException;

/**
 * What an endpoint answers: a status and a response record (never a domain object), the resource's version
 * for its {@code ETag} when it is a single versioned resource, where a created resource now lives (its
 * {@code Location}), and whether it is a replayed idempotent answer.
 */
record Reply(int status, String json, Long version, String location, boolean replayed) {

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
