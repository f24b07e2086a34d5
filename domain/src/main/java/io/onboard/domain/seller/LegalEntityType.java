package io.onboard.domain.seller;

import io.onboard.domain.error.InvalidValueException;
import java.util.Locale;

/** Whether the seller is a registered company or a private individual. */
public enum LegalEntityType {
    COMPANY, INDIVIDUAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LegalEntityType parse(String wireName) {
        for (LegalEntityType type : values()) {
            if (type.wireName().equals(wireName)) {
                return type;
            }
        }
        throw new InvalidValueException("type must be company or individual");
    }
}
