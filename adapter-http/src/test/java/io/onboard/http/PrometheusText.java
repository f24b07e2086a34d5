package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prometheus's text exposition format, read as Prometheus reads it, for tests that scrape {@code /metrics}. */
final class PrometheusText {
    /** One sample line: a name, its labels, a value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusText() {
    }

    /** Every sample by its name and its labels in name order ({@code name{a=x,b=y}}), as Prometheus reads the text. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line: " + line).isTrue();
            Map<String, String> labels = new TreeMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            String key = sample.group(1) + (labels.isEmpty() ? "" : "{" + String.join(",",
                    labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + "}");
            samples.put(key, Double.parseDouble(sample.group(4)));
        }
        return samples;
    }
}
