package io.onboard.application.port.in.input;

import jakarta.validation.constraints.NotNull;

/** A map position as a client sends it. */
public record CoordinatesInput(@NotNull Double latitude, @NotNull Double longitude) {
}
