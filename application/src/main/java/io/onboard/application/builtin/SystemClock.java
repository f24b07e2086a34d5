package io.onboard.application.builtin;

import io.onboard.application.port.out.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The machine's UTC clock, cut to milliseconds: the precision timestamps are stored and shown at. */
public final class SystemClock implements Clock {
    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
