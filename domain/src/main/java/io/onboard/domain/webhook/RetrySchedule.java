package io.onboard.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a delivery that failed is tried again (SPEC 9): after about 1 min, 5 min, 30 min, 2 h, 6 h and 12 h, then
 * daily, each delay spread by up to a fifth either way so that receivers coming back from an outage are not hit by
 * every retry at once, until three days after the first attempt. The last try falls on that three-day mark; after
 * it the delivery has failed.
 */
public final class RetrySchedule {
    /** How long a delivery is retried, counted from its first attempt. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    private static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));
    private static final Duration DAILY = Duration.ofDays(1);
    private static final double JITTER = 0.2;

    private RetrySchedule() {
    }

    /**
     * The time of the next attempt after {@code failedAttempts} failures (1 after the first), the last of them at
     * {@code now}; empty when the delivery has been retried for three days and has failed.
     */
    public static Optional<Instant> next(int failedAttempts, Instant firstAttempt, Instant now, RandomGenerator random) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a retry follows at least one failed attempt");
        }
        Instant deadline = firstAttempt.plus(GIVE_UP_AFTER);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Duration base = failedAttempts <= DELAYS.size() ? DELAYS.get(failedAttempts - 1) : DAILY;
        long spread = (long) (base.toMillis() * JITTER * (2 * random.nextDouble() - 1));
        Instant next = now.plus(base).plusMillis(spread);
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
