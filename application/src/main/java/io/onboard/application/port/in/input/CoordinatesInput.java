package io.onboard.application.port.in.input;

import jakarta.validation.constraints.NotNull;

/** A map position as a client sends it. */
public record CoordinatesInput(@NotNull Double latitude, @NotNull Double longitude) {
    /** Latitude then longitude, the order maps and GPS receivers give them in. */
    public static CoordinatesInput latitudeLongitude(double latitude, double longitude) {
        return new CoordinatesInput(latitude, longitude);
    }
}
