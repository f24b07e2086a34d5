package io.onboard.application.port.in.event;

import java.time.Duration;

/** Deletes events older than {@link #KEPT}: a server runs it now and then, an embedder when it likes. */
public interface PurgeOldEventsUseCase {
    /** How long events are kept: SPEC 9 promises at least 30 days. */
    Duration KEPT = Duration.ofDays(30);

    /**
     * Deletes the events older than {@link #KEPT}, a small batch per transaction, and returns how many; a storage
     * may keep each account's newest event, whatever its age, to count the next number from.
     */
    int purge();
}
