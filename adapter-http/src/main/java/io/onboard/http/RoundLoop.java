package io.onboard.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background loop for a use case that works in rounds (the webhook dispatcher, the operations worker): rounds
 * back to back while there is work, one every {@link #IDLE_MILLIS} when there is none (so work recorded by another
 * process, the CLI, is picked up too), and none while {@link #MAX_IN_FLIGHT} answers are awaited. The rules live in
 * the use case; this is only the engine.
 */
final class RoundLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RoundLoop.class);
    static final long IDLE_MILLIS = 50;
    static final int MAX_IN_FLIGHT = 2_000;

    /** What a round started: how many things, and when their outcomes are all recorded. */
    record Started(int count, CompletableFuture<Void> settled) {
    }

    private final String name;
    private final Supplier<Started> round;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    RoundLoop(String name, Supplier<Started> round) {
        this.name = name;
        this.round = round;
        this.thread = new Thread(this::loop, "onboard-" + name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, failure) ->
                LOG.error("the {} loop stopped; its work waits until the server restarts", name, failure));
        thread.start();
    }

    private void loop() {
        while (running) {
            int started = 0;
            try {
                if (inFlight.get() < MAX_IN_FLIGHT) {
                    Started next = round.get();
                    started = next.count();
                    inFlight.addAndGet(started);
                    int count = started;
                    next.settled().whenComplete((done, failure) -> {
                        inFlight.addAndGet(-count);
                        if (failure != null) {
                            LOG.error("recording an outcome of {} failed; it is taken up again later", name, failure);
                        }
                    });
                }
            } catch (RuntimeException e) {
                // storage busy or closing: the next round tries again; nothing claimed is lost
                LOG.warn("a {} round failed: {}", name, e.toString());
            }
            if (started == 0 && running) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS));
            }
        }
    }

    /** Stops starting rounds and waits for the one under way. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
