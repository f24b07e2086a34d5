package io.onboard.application.service;

import io.onboard.application.port.in.event.PurgeOldEventsUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Events;
import io.onboard.application.port.out.Transactions;
import java.time.Instant;

/**
 * Purges old events in batches, each its own short transaction, so writers wait at most one batch (a few
 * milliseconds on SQLite, which writes one transaction at a time) however much there is to delete.
 */
public final class PurgeOldEventsService implements PurgeOldEventsUseCase {
    static final int BATCH = 500;

    private final Events events;
    private final Transactions transactions;
    private final Clock clock;

    PurgeOldEventsService(Events events, Transactions transactions, Clock clock) {
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant cutoff = clock.now().minus(KEPT);
        int purged = 0;
        for (int batch = BATCH; batch == BATCH; purged += batch) {
            batch = transactions.inTransaction(() -> events.purgeBefore(cutoff, BATCH));
        }
        return purged;
    }
}
