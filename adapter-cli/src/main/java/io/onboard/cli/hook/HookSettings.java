package io.onboard.cli.hook;

import io.onboard.application.port.in.webhook.SubscriptionSettings;
import java.util.List;
import picocli.CommandLine.Option;

/** A subscription's settings as options: {@code --url}, {@code --events}, {@code --description}, {@code --inactive}. */
final class HookSettings {
    @Option(names = "--url", required = true, paramLabel = "<url>",
            description = "Where to POST deliveries: https, or http for a test account (e.g. http://localhost:8081/hooks).")
    private String url;

    @Option(names = "--events", split = ",", paramLabel = "<type>", defaultValue = "*",
            description = "Event types to deliver, comma-separated, or * for all (default).")
    private List<String> events;

    @Option(names = "--description", paramLabel = "<text>", description = "A note on what it is for.")
    private String description;

    @Option(names = "--inactive", description = "Save it turned off: nothing is delivered until it is turned on.")
    private boolean inactive;

    SubscriptionSettings settings() {
        return new SubscriptionSettings(url, events, description, !inactive);
    }
}
