package io.onboard.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, duration and request id. Never the query string, headers or body, so
 * no token or secret reaches the log; control characters in the path are masked so a request cannot forge lines.
 *
 * <p>Request threads only queue their line; one writer thread hands the lines to the logger. The logger
 * writes under a lock (slf4j-simple's did, logback's console appender does), so under load every request would wait there for the others
 * (benchmark 1's profile). The queue is bounded: when the writer falls behind, requests wait for room rather
 * than lose lines or memory. {@link #close} writes what is queued before it returns.
 */
final class RequestLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.onboard.http.requests");
    private static final int MAX_PATH = 200;
    private static final int CAPACITY = 4096;
    /** Queued by {@link #close}: the writer stops when it reaches it, after every line before it. */
    private static final String END = new String("end of log");

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread writer = new Thread(this::write, "onboard-request-log");

    RequestLog() {
        writer.setDaemon(true);
        writer.start();
    }

    void log(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long tenths = Math.round(millis * 10.0);
        String line = ctx.method().name() + ' ' + printable(ctx.path()) + ' ' + ctx.statusCode() + ' '
                + tenths / 10 + '.' + tenths % 10 + "ms request_id=" + RequestIds.of(ctx);
        try {
            lines.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info(line);
        }
    }

    private void write() {
        List<String> batch = new ArrayList<>(CAPACITY);
        while (true) {
            try {
                batch.add(lines.take());
            } catch (InterruptedException e) {
                return;
            }
            lines.drainTo(batch);
            for (String line : batch) {
                if (line == END) {
                    return;
                }
                try {
                    LOG.info(line);
                } catch (RuntimeException | Error e) {
                    // A line the logger failed on is lost; the writer goes on, or requests would wait for room forever.
                }
            }
            batch.clear();
        }
    }

    /** Writes every queued line, then stops the writer. */
    @Override
    public void close() {
        try {
            if (writer.isAlive() && lines.offer(END, 5, TimeUnit.SECONDS)) {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String printable(String path) {
        String shown = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
