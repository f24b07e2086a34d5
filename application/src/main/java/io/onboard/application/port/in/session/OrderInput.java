package io.onboard.application.port.in.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code order}: amount in minor units, ISO 4217 currency, the merchant's reference and the target terminal. */
public record OrderInput(@NotNull @Positive Long amount, @NotBlank String currency, @NotBlank String merchantReference,
                         StoreTargetInput store) {
}
