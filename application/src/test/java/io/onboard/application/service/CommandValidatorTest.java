package io.onboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Java property names become the API's snake_case field names. */
class CommandValidatorTest {

    @Test
    void property_names_become_api_field_names() {
        assertThat(CommandValidator.snakeCase("payoutDestinationId")).isEqualTo("payout_destination_id");
        assertThat(CommandValidator.snakeCase("addressLine2")).isEqualTo("address_line_2");
        assertThat(CommandValidator.snakeCase("id")).isEqualTo("id");
    }
}
