package io.onboard.application.port.out;

import java.time.Instant;

/** The current time. Mocked in tests; real implementations truncate to milliseconds, the precision stored and shown. */
public interface Clock {
    Instant now();
}
