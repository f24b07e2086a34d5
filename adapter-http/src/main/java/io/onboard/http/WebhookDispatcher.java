package io.onboard.http;

import io.onboard.application.port.in.webhook.DispatchWebhooksUseCase;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's delivery loop: runs dispatcher rounds on a thread of its own, back to back while there is work and
 * every {@link #IDLE_MILLIS} when there is none (so changes made by the CLI, in another process, go out too). It holds
 * back while {@link #MAX_IN_FLIGHT} attempts await their answers. The rules live in the use case; this is the engine.
 */
final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final long IDLE_MILLIS = 50;
    static final int MAX_IN_FLIGHT = 2_000;

    private final DispatchWebhooksUseCase dispatch;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    WebhookDispatcher(DispatchWebhooksUseCase dispatch) {
        this.dispatch = dispatch;
        this.thread = new Thread(this::loop, "onboard-webhooks");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, failure) ->
                LOG.error("the webhook delivery loop stopped; deliveries wait until the server restarts", failure));
        thread.start();
    }

    private void loop() {
        while (running) {
            int started = 0;
            try {
                if (inFlight.get() < MAX_IN_FLIGHT) {
                    DispatchWebhooksUseCase.Round round = dispatch.dispatch();
                    started = round.attempts();
                    inFlight.addAndGet(started);
                    int attempts = started;
                    round.settled().whenComplete((done, failure) -> {
                        inFlight.addAndGet(-attempts);
                        if (failure != null) {
                            LOG.error("recording a webhook outcome failed; the delivery is tried again when its claim expires", failure);
                        }
                    });
                }
            } catch (RuntimeException e) {
                // storage busy or closing: the next round tries again; nothing claimed is lost (claims expire)
                LOG.warn("a webhook dispatch round failed: {}", e.toString());
            }
            if (started == 0 && running) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS));
            }
        }
    }

    /** Stops starting rounds and waits for the one under way; attempts in flight end with the sender. */
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
