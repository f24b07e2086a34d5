package io.onboard.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The server's metrics in Prometheus's text format ({@code GET /metrics}, SPEC 11): every request by method, route
 * template and status, with a latency histogram, and the JVM's memory, collections, threads and CPU. The composition
 * root adds what only it can see (the database pool, the delivery and operation queues) through {@link #registry()}.
 */
public final class Metrics implements AutoCloseable {
    /** Histogram buckets: a readiness check takes a millisecond, a registration a few, a timeout seconds. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics collections = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        collections.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Where more meters go. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Counts a request that was answered, under its route template ({@code unmatched} when no route took it). */
    void request(Context ctx, float millis) {
        Timer.builder("http.server.requests").description("HTTP requests answered, by route and status")
                .tag("method", ctx.method().name()).tag("route", route(ctx))
                .tag("status", String.valueOf(ctx.statusCode())).serviceLevelObjectives(BUCKETS)
                .register(registry).record(Math.round(millis * 1_000_000.0), TimeUnit.NANOSECONDS);
    }

    /** A gauge read from {@code value} at each scrape. */
    public void gauge(String name, String description, DoubleSupplier value, String... tags) {
        Gauge.builder(name, value, DoubleSupplier::getAsDouble).description(description).tags(tags).strongReference(true)
                .register(registry);
    }

    /**
     * {@code source} read at most once per {@code interval}: for gauges that share one costly read (a database
     * query), so that a scrape reading them all reads it once.
     */
    public static <T> Supplier<T> sampledEvery(Duration interval, Supplier<T> source) {
        AtomicReference<Sample<T>> last = new AtomicReference<>();
        return () -> {
            long now = System.nanoTime();
            Sample<T> sample = last.get();
            if (sample == null || now - sample.atNanos() > interval.toNanos()) {
                sample = new Sample<>(source.get(), now);
                last.set(sample);
            }
            return sample.value();
        };
    }

    private record Sample<T>(T value, long atNanos) {
    }

    /** Every meter, in Prometheus's text format. */
    String scrape() {
        return registry.scrape();
    }

    private static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException noneMatched) {
            return "unmatched";
        }
    }

    @Override
    public void close() {
        collections.close();
        registry.close();
    }
}
