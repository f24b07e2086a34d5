package io.onboard.domain.error;

import java.util.List;

/** The client's expected version (an {@code If-Match} ETag) no longer matches the resource. */
public class PreconditionFailedException extends DomainException {
    public PreconditionFailedException(String what, String id) {
        super(ErrorCode.PRECONDITION_FAILED, what + " " + id + " has changed since it was read", List.of());
    }
}
