package io.onboard.application.port.in.webhook;

import io.onboard.domain.event.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * What an integrator sets on a subscription (SPEC 9): where to deliver, which event types ({@code "*"} for all),
 * a description, and whether it is active (null: yes). In Java: {@code SubscriptionSettings.to(url).events(...)}.
 */
public record SubscriptionSettings(@NotBlank String url, @NotEmpty List<@NotNull String> events,
                                   @Size(max = 500) String description, Boolean active) {
    /** Every event, delivered to {@code url}, active; narrow it with {@link #events(EventType...)}. */
    public static SubscriptionSettings to(String url) {
        return new SubscriptionSettings(url, List.of("*"), null, null);
    }

    /** Only these event types. */
    public SubscriptionSettings events(EventType... types) {
        return new SubscriptionSettings(url, Arrays.stream(types).map(EventType::wireName).toList(), description, active);
    }

    public SubscriptionSettings description(String text) {
        return new SubscriptionSettings(url, events, text, active);
    }

    /** Saved turned off: nothing is delivered until it is turned on. */
    public SubscriptionSettings inactive() {
        return new SubscriptionSettings(url, events, description, false);
    }

    public boolean isActive() {
        return active == null || active;
    }
}
