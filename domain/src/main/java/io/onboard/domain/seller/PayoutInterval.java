package io.onboard.domain.seller;

import io.onboard.domain.error.InvalidValueException;
import java.util.Locale;

/** How often collected funds are paid out to the seller. */
public enum PayoutInterval {
    DAY, WEEK, MONTH, MANUAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PayoutInterval parse(String wireName) {
        for (PayoutInterval interval : values()) {
            if (interval.wireName().equals(wireName)) {
                return interval;
            }
        }
        throw new InvalidValueException("payout interval must be one of day, week, month, manual");
    }
}
