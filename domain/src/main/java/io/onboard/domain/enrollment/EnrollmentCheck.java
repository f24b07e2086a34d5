package io.onboard.domain.enrollment;

import io.onboard.domain.error.ErrorCode;
import java.util.Locale;

/** The links of the chain a terminal needs before it may take payments, in the order they are checked. */
public enum EnrollmentCheck {
    TERMINAL_EXISTS(ErrorCode.TERMINAL_NOT_FOUND),
    TERMINAL_ACTIVE(ErrorCode.TERMINAL_NOT_ACTIVE),
    STORE_ACTIVE(ErrorCode.STORE_NOT_ACTIVE),
    STORE_LINKED(ErrorCode.STORE_NOT_LINKED),
    PAYOUT_DESTINATION_ACTIVE(ErrorCode.PAYOUT_DESTINATION_NOT_ACTIVE),
    ORGANIZATION_MATCHES(ErrorCode.ORGANIZATION_MISMATCH);

    private final ErrorCode failureCode;

    EnrollmentCheck(ErrorCode failureCode) {
        this.failureCode = failureCode;
    }

    /** The code reported when this check fails. */
    public ErrorCode failureCode() {
        return failureCode;
    }

    /** The check's name in API responses ({@code terminal_active}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
