package io.onboard.http;

import io.onboard.application.port.in.event.PurgeOldEventsUseCase;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's chores on a timer of their own: purging events past their 30 days, once shortly after start and
 * then every hour. A chore that fails is logged and tried again at the next turn; requests never wait for one.
 */
final class Housekeeping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "onboard-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    Housekeeping(PurgeOldEventsUseCase purgeOldEvents) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int purged = purgeOldEvents.purge();
                if (purged > 0) {
                    LOG.info("purged {} events older than {} days", purged, PurgeOldEventsUseCase.KEPT.toDays());
                }
            } catch (RuntimeException e) {
                LOG.error("purging old events failed; trying again in an hour", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    /** Stops the timer and waits for a chore in flight, so that storage is not closed under it. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a chore is still running after 30 s; closing without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
