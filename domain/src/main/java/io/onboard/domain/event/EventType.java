package io.onboard.domain.event;

import io.onboard.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What changed, named as Dintero names its events where it has them (SPEC 9). */
public enum EventType {
    APPROVAL_PAYOUT_DESTINATION_ADD,
    APPROVAL_PAYOUT_DESTINATION_UPDATE,
    ACCOUNT_STORE_ADD,
    ACCOUNT_STORE_UPDATE,
    ACCOUNT_STORE_DELETE,
    ACCOUNT_TERMINAL_ADD,
    ACCOUNT_TERMINAL_UPDATE,
    ACCOUNT_TERMINAL_DELETE,
    TERMINAL_OPERATION_UPDATE,
    CHECKOUT_SESSION_ADD,
    /** Sent on request to one subscription to try its receiver; never stored as an account event. */
    PING;

    /** The name on the wire, such as {@code account_store_add}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType parse(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException("event type must be one of "
                        + Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "))));
    }
}
