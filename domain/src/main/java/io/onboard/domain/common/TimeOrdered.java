package io.onboard.domain.common;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The 32 hex digits of a new id for something made at a given time: its millisecond first (12 digits), then 80
 * random bits. Ids made in one millisecond differ only by chance; a database index takes new ones at its end
 * instead of on a random page, and an id tells when, not how many.
 */
public final class TimeOrdered {
    private TimeOrdered() {
    }

    public static String hex(Instant at, RandomGenerator random) {
        return String.format("%012x%04x%016x", at.toEpochMilli() & 0xffffffffffffL, random.nextInt(0x10000),
                random.nextLong());
    }
}
