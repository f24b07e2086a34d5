package io.onboard.jdbc.bench;

import java.util.Locale;

/** Prints each benchmark figure beside its baseline, the ratio, the target and whether it is met. */
final class Figures {
    private Figures() {
    }

    static void header() {
        System.out.printf(Locale.ROOT, "%n%-44s %16s %16s %8s  %-28s %s%n", "benchmark", "figure", "baseline", "ratio",
                "target", "result");
    }

    static void row(String name, double figure, double baseline, String unit, String target, boolean met) {
        System.out.printf(Locale.ROOT, "%-44s %16s %16s %8.3f  %-28s %s%n", name, show(figure, unit),
                show(baseline, unit), figure / baseline, target, met ? "PASS" : "MISS");
    }

    private static String show(double value, String unit) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f %s", value, unit)
                : String.format(Locale.ROOT, "%.2f %s", value, unit);
    }
}
