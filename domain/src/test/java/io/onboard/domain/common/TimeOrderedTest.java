package io.onboard.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.event.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids made later sort later, whatever their random part, and ids of one millisecond do not repeat. */
class TimeOrderedTest {
    @Test
    void ids_sort_by_the_millisecond_they_were_made_in_and_do_not_repeat_within_one() {
        Random random = new Random(7);
        Instant t = Instant.parse("2026-12-02T02:30:00.123Z");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            made.add(TimeOrdered.hex(t.plusMillis(i / 10), random));
        }

        assertThat(made).allMatch(hex -> hex.matches("[0-9a-f]{32}"));
        assertThat(made.stream().map(hex -> hex.substring(0, 12)).toList()).isSorted();
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(EventId.at(t, random).value()).startsWith("evt_" + String.format("%012x", t.toEpochMilli()));
    }

    @Test
    void uuids_are_version_7_and_their_text_sorts_by_the_millisecond_they_were_made_in() {
        Random random = new Random(11);
        Instant t = Instant.parse("2026-12-02T04:00:00.001Z");
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            made.add(TimeOrdered.uuid(t.plusMillis(i / 10), random));
        }

        assertThat(made).allMatch(uuid -> uuid.version() == 7 && uuid.variant() == 2);
        assertThat(made.stream().map(uuid -> uuid.toString().substring(0, 13)).toList()).isSorted();
        assertThat(made.get(0).toString()).startsWith(String.format("%08x-%04x", t.toEpochMilli() >>> 16,
                t.toEpochMilli() & 0xffff));
        assertThat(new HashSet<>(made)).hasSize(made.size());
    }
}
