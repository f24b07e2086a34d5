package io.onboard.domain.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one attempt to deliver went: the receiver's HTTP status if it answered, how long it took, and what went
 * wrong if it was not a {@code 2xx} (the start of the receiver's answer, or why none came), at most 1 KiB.
 */
public record DeliveryAttempt(OptionalInt httpStatus, Duration duration, Optional<String> error) {
    /** The most of an error (or of a receiver's answer) kept, in characters. */
    public static final int MAX_ERROR = 1024;

    public DeliveryAttempt {
        error = error.map(text -> text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text);
    }

    /** The receiver answered {@code status}; {@code body} is kept as the error unless it is a {@code 2xx}. */
    public static DeliveryAttempt answered(int status, Duration duration, String body) {
        boolean ok = status >= 200 && status < 300;
        String error = ok ? null : "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body);
        return new DeliveryAttempt(OptionalInt.of(status), duration, Optional.ofNullable(error));
    }

    /** No answer: a timeout, a refused connection, a refused address. */
    public static DeliveryAttempt unanswered(Duration duration, String why) {
        return new DeliveryAttempt(OptionalInt.empty(), duration, Optional.of(why));
    }

    public boolean delivered() {
        return httpStatus.isPresent() && httpStatus.getAsInt() >= 200 && httpStatus.getAsInt() < 300;
    }
}
