package io.onboard.jdbc.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one in-process benchmark with JMH and prints its figures against their baselines:
 * {@code Bench readiness|listing <work folder> [jfr]}. Run through Maven, see BENCHMARKS.md. With {@code jfr} each
 * fork records a flight recording into the work folder; {@code -Dbench.only=<method>} runs one method only.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args[0];
        String dir = args.length > 1 ? args[1] : "target/bench";
        boolean jfr = args.length > 2 && args[2].equals("jfr");
        System.setProperty("bench.dir", dir);
        Databases.million(); // generate once, outside the measured forks
        switch (which) {
            case "readiness" -> readiness(run(ReadinessBenchmark.class, Mode.Throughput, TimeUnit.SECONDS, dir, jfr));
            case "listing" -> listing(run(ListingBenchmark.class, Mode.AverageTime, TimeUnit.MICROSECONDS, dir, jfr));
            default -> throw new IllegalArgumentException("unknown benchmark " + which + "; readiness or listing");
        }
    }

    private static Map<String, Double> run(Class<?> benchmark, Mode mode, TimeUnit unit, String dir, boolean jfr)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\." + System.getProperty("bench.only", ""))
                .mode(mode).timeUnit(unit).threads(1).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .jvmArgsAppend("-Dbench.dir=" + dir, "-Dbench.terminals=" + Databases.TERMINALS);
        if (jfr) {
            options.addProfiler("jfr", "dir=" + dir);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> scores = new TreeMap<>();
        if (!System.getProperty("bench.only", "").isEmpty()) {
            System.exit(0); // a single method has nothing to compare with
        }
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            scores.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        return scores;
    }

    private static void readiness(Map<String, Double> ops) {
        double check = ops.get("readinessCheck");
        double raw = ops.get("rawSelectByPrimaryKey");
        Figures.header();
        Figures.row("2 readiness check, use case, 1 thread", check, raw, "/s",
                ">= 50,000/s and >= 0.3", check >= 50_000 && check / raw >= 0.3);
    }

    private static void listing(Map<String, Double> micros) {
        Figures.header();
        Figures.row("4 list terminals, page 10,000 deep", micros.get("deepPage"), micros.get("firstPage"), "us",
                "deep/first <= 1.5", micros.get("deepPage") / micros.get("firstPage") <= 1.5);
        Figures.row("4 list terminals, model filter, deep", micros.get("deepPageFiltered"),
                micros.get("firstPageFiltered"), "us", "deep/first <= 1.5",
                micros.get("deepPageFiltered") / micros.get("firstPageFiltered") <= 1.5);
    }
}
