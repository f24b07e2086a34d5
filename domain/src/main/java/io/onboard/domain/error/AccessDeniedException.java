package io.onboard.domain.error;

import java.util.List;

/**
 * The caller is not allowed to do this: {@code UNAUTHORIZED} when it could not be identified,
 * {@code ACCOUNT_MISMATCH} or {@code INSUFFICIENT_SCOPE} when it was identified but lacks the right.
 */
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(ErrorCode code, String message) {
        super(code, message, List.of());
    }

    public boolean unauthenticated() {
        return code() == ErrorCode.UNAUTHORIZED;
    }
}
