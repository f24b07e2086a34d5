package io.onboard.http;

import io.javalin.Javalin;
import io.onboard.representation.Json;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, on the second core, what starting the server and answering its first requests would otherwise load one
 * after the other on the main thread: Bean Validation, Jackson and Javalin's Jetty classes. The main thread opens
 * the database meanwhile (benchmark 5: start to first answer). Class initialization is thread-safe, so whichever
 * thread comes second waits for the first instead of doing it twice. Nothing here is needed for correctness.
 */
final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private Warmup() {
    }

    /** Starts warming up; {@code application} loads the application's part (the composition root knows it). */
    static void begin(Runnable application) {
        Thread warming = new Thread(() -> run(application), "onboard-warmup");
        warming.setDaemon(true);
        warming.start();
    }

    private static void run(Runnable application) {
        try {
            Json.mapper().writeValueAsString(Map.of("status", "ok"));
            Javalin.create(config -> config.startup.showJavalinBanner = false);
            application.run();
        } catch (Exception | LinkageError e) {
            LOG.debug("warm-up skipped: {}", e.toString());
        }
    }
}
