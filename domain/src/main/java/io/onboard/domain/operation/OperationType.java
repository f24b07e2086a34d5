package io.onboard.domain.operation;

import io.onboard.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an operator asks a terminal to do (SPEC 10, Dintero's operations). */
public enum OperationType {
    /** Close the day's batch on the device. */
    END_OF_DAY,
    /** Upload the device's logs for support. */
    SEND_LOGS,
    /** Look for and install a software update. */
    CHECK_UPDATE,
    /** Open the device's settings menu for the merchant. */
    OPEN_MENU;

    /** The name on the wire, such as {@code end_of_day}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OperationType parse(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException("operation must be one of "
                        + Arrays.stream(values()).map(OperationType::wireName).collect(Collectors.joining(", "))));
    }
}
