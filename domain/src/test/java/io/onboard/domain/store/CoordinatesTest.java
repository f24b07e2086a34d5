package io.onboard.domain.store;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinatesTest {

    @ParameterizedTest
    @CsvSource({"59.9127, 10.7461", "-90, -180", "90, 180", "0, 0"})
    void coordinates_on_the_globe_are_accepted(double latitude, double longitude) {
        assertThat(new Coordinates(latitude, longitude).latitude()).isEqualTo(latitude);
    }

    @Test
    void latitudes_beyond_the_poles_are_refused() {
        assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new Coordinates(90.0001, 0))
                .getMessage()).contains("latitude", "-90", "90");
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new Coordinates(Double.NaN, 0));
    }

    @Test
    void longitudes_beyond_the_date_line_are_refused() {
        assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new Coordinates(0, -180.5))
                .getMessage()).contains("longitude", "-180", "180");
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new Coordinates(0, Double.NaN));
    }
}
