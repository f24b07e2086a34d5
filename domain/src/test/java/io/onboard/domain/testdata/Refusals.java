package io.onboard.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call is refused with a given exception type and stable error code, and hands it back. */
public final class Refusals {
    private Refusals() {
    }

    public static <E extends DomainException> E refusal(Class<E> type, ErrorCode code, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a %s with code %s", type.getSimpleName(), code).isInstanceOf(type);
        E refusal = type.cast(thrown);
        assertThat(refusal.code()).as("error code of: %s", refusal.getMessage()).isEqualTo(code);
        return refusal;
    }
}
