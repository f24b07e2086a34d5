package io.onboard.http;

import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.error.PreconditionFailedException;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.error.ValidationException;
import io.onboard.representation.ErrorResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one table from refusals to HTTP statuses, and the error body SPEC 6 prescribes. Anything that is not
 * a refusal is a bug: it is logged with an id, and the client gets a generic 500 carrying that id and
 * nothing of the exception itself.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private static final Map<Class<? extends DomainException>, Integer> STATUS_BY_TYPE = Map.of(
            ValidationException.class, 400,
            InvalidValueException.class, 400,
            RuleViolationException.class, 400,
            NotFoundException.class, 404,
            ConflictException.class, 409,
            PreconditionFailedException.class, 412);

    /** A status and the body that goes with it. */
    record Rendered(int status, ErrorResponse body) {
    }

    private ErrorMapping() {
    }

    static Rendered render(Throwable failure) {
        return render(failure, UUID.randomUUID().toString());
    }

    /** The same, a {@code 500} naming {@code requestId}, the id its log line carries too. */
    static Rendered render(Throwable failure, String requestId) {
        if (failure instanceof AccessDeniedException denied) {
            return new Rendered(denied.unauthenticated() ? 401 : 403, ErrorResponse.from(denied));
        }
        if (failure instanceof DomainException refusal) {
            Integer status = statusOf(refusal.getClass());
            if (status != null) {
                return new Rendered(status, ErrorResponse.from(refusal));
            }
        }
        if (failure instanceof HttpError error) {
            return new Rendered(error.status(), ErrorResponse.of(error.code(), error.getMessage(), error.fieldErrors()));
        }
        LOG.error("unexpected failure, request id {}", requestId, failure);
        return new Rendered(500, ErrorResponse.of(HttpError.INTERNAL_ERROR,
                "something went wrong on our side; quote request id " + requestId + " when you report it", List.of()));
    }

    /** True for refusals of a request that was understood and judged against the current state. */
    static boolean isStateRefusal(Throwable failure) {
        return failure instanceof ConflictException || failure instanceof RuleViolationException
                || failure instanceof NotFoundException || failure instanceof PreconditionFailedException;
    }

    private static Integer statusOf(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            Integer status = STATUS_BY_TYPE.get(t);
            if (status != null) {
                return status;
            }
        }
        return null;
    }
}
