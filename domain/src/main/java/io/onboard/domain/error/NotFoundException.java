package io.onboard.domain.error;

import java.util.List;

/** The resource named by the request does not exist in the caller's account. */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, String id) {
        super(ErrorCode.NOT_FOUND, what + " " + id + " does not exist", List.of());
    }
}
