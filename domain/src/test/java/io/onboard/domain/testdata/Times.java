package io.onboard.domain.testdata;

import java.time.Duration;
import java.time.Instant;

/** Fixed instants, so tests never depend on the wall clock. */
public final class Times {
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private Times() {
    }

    public static Instant later(Duration by) {
        return T0.plus(by);
    }

    public static Instant minutesLater(long minutes) {
        return later(Duration.ofMinutes(minutes));
    }
}
