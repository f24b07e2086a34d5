package io.onboard.domain.error;

import java.util.List;

/** The request is valid but conflicts with the current state, such as an illegal case transition or a taken id. */
public class ConflictException extends DomainException {
    public ConflictException(ErrorCode code, String message) {
        super(code, message, List.of());
    }
}
