package io.onboard.application.port.in.store;

import jakarta.validation.constraints.NotBlank;

/** The seller a store links to, as a client names it. */
public record PayoutDestinationRefInput(@NotBlank String payoutDestinationId) {
}
