package io.onboard.domain.session;

import io.onboard.domain.common.Text;
import java.util.Objects;

/** The order a terminal session collects: how much, the merchant's reference, and which terminal. */
public record SessionOrder(Money money, String merchantReference, SessionTarget target) {
    public SessionOrder {
        Objects.requireNonNull(money, "money");
        merchantReference = Text.required(merchantReference, 255, "merchant reference");
        Objects.requireNonNull(target, "target");
    }
}
