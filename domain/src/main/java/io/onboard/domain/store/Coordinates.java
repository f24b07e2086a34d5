package io.onboard.domain.store;

import io.onboard.domain.error.InvalidValueException;

/** Where a store is on the map, in decimal degrees (WGS 84). */
public record Coordinates(double latitude, double longitude) {
    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidValueException("latitude must be between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("longitude must be between -180 and 180");
        }
    }
}
