package io.onboard.domain.common;

import java.time.Instant;
import java.util.UUID;
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

    /**
     * A version 7 UUID (RFC 9562) for something made at a given time: the millisecond in its first 48 bits, then
     * the version, 74 random bits and the variant. Its text sorts by time as {@link #hex} does.
     */
    public static UUID uuid(Instant at, RandomGenerator random) {
        long high = (at.toEpochMilli() & 0xffffffffffffL) << 16 | 0x7000L | (random.nextInt() & 0xfffL);
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
