package io.onboard.domain.terminal;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"SATURN1000", "Saturn_S1F4_Pro", "S1P2", "S1MINI2", "S1U2"})
    void the_five_supported_models_parse_by_their_exact_names(String name) {
        assertThat(DeviceModel.parse(name).wireName()).isEqualTo(name);
    }

    @Test
    void exactly_the_five_spec_models_are_supported() {
        assertThat(Arrays.stream(DeviceModel.values()).map(DeviceModel::wireName))
                .containsExactlyInAnyOrder("SATURN1000", "Saturn_S1F4_Pro", "S1P2", "S1MINI2", "S1U2");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "saturn1000", "SATURN_S1F4_PRO", "Saturn S1F4 Pro", "S1P3", "S1MINI", " S1U2", "A920"})
    void anything_else_is_unsupported_and_the_message_lists_the_supported_models(String name) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.UNSUPPORTED_DEVICE_MODEL,
                () -> DeviceModel.parse(name));

        assertThat(refused.getMessage()).contains("not supported", "SATURN1000", "Saturn_S1F4_Pro", "S1P2", "S1MINI2", "S1U2");
    }
}
