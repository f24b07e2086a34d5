package io.onboard.application.testdata;

import io.onboard.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock tests set and advance by hand: the one thing outside the system that tests mock. */
public final class MutableClock implements Clock {
    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public static MutableClock at(String instant) {
        return new MutableClock(Instant.parse(instant));
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
