package io.onboard.cli.terminal;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr while a person watches (a terminal is attached), and nothing at all otherwise, so
 * piped and scripted runs get clean output.
 */
final class ImportProgress implements AutoCloseable {
    private final ProgressBar bar;

    private ImportProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static ImportProgress start(int rows) {
        if (System.console() == null) {
            return new ImportProgress(null);
        }
        return new ImportProgress(new ProgressBarBuilder()
                .setTaskName("Importing")
                .setInitialMax(rows)
                .setUnit(" rows", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build());
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
