package io.onboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The retry schedule of a failing delivery, followed to its end over many seeds (fixed, so runs repeat). */
class RetryScheduleTest {
    private static final Instant FIRST = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void the_delays_grow_from_a_minute_to_daily_within_a_fifth_either_way() {
        List<Duration> expected = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1));
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            Instant now = FIRST;
            for (int failed = 1; failed <= expected.size(); failed++) {
                Instant next = RetrySchedule.next(failed, FIRST, now, random).orElseThrow();
                Duration delay = Duration.between(now, next);
                Duration base = expected.get(failed - 1);
                if (next.equals(FIRST.plus(RetrySchedule.GIVE_UP_AFTER))) {
                    break;
                }
                assertThat(delay).as("seed %d, after failure %d", seed, failed)
                        .isBetween(scaled(base, 0.8), scaled(base, 1.2));
                now = next;
            }
        }
    }

    @Test
    void every_schedule_ends_with_a_try_on_the_three_day_mark_and_then_gives_up() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<Instant> attempts = new ArrayList<>(List.of(FIRST));
            Optional<Instant> next = RetrySchedule.next(1, FIRST, FIRST, random);
            while (next.isPresent()) {
                attempts.add(next.get());
                next = RetrySchedule.next(attempts.size(), FIRST, next.get(), random);
            }

            assertThat(attempts).as("seed %d", seed).isSorted().doesNotHaveDuplicates();
            assertThat(attempts.get(attempts.size() - 1)).isEqualTo(FIRST.plus(RetrySchedule.GIVE_UP_AFTER));
            assertThat(attempts).hasSizeBetween(9, 10);
        }
    }

    @Test
    void a_retry_needs_a_failed_attempt_first() {
        assertThatThrownBy(() -> RetrySchedule.next(0, FIRST, FIRST, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Duration scaled(Duration base, double factor) {
        return Duration.ofMillis((long) (base.toMillis() * factor));
    }
}
