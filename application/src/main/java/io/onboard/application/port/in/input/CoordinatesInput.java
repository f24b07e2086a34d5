package io.onboard.application.port.in.input;

import jakarta.validation.constraints.NotNull;

/** A map position as a client sends it; in Java, {@code CoordinatesInput.latitude(59.91).longitude(10.75)}. */
public record CoordinatesInput(@NotNull Double latitude, @NotNull Double longitude) {
    /** Starts a position at {@code latitude}; its longitude completes it, so the two cannot be swapped. */
    public static Latitude latitude(double latitude) {
        return new Latitude(latitude);
    }

    /** A latitude waiting for its longitude. */
    public record Latitude(double value) {
        public CoordinatesInput longitude(double longitude) {
            return new CoordinatesInput(value, longitude);
        }
    }
}
