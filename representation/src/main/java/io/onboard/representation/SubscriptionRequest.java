package io.onboard.representation;

import io.onboard.application.port.in.webhook.SubscriptionSettings;
import java.util.List;

/** The body that creates or replaces a webhook subscription (SPEC 9). */
public record SubscriptionRequest(String url, List<String> events, String description, Boolean active) {
    public SubscriptionSettings toSettings() {
        return new SubscriptionSettings(url, events, description, active);
    }
}
