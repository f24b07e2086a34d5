package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC 6 "Running": flags, environment and defaults. */
class SettingsTest {
    @Test
    void defaults_are_port_8080_and_onboard_db_in_the_working_folder() {
        Settings settings = Settings.parse(new String[0], Map.of());

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.database()).isEqualTo("./onboard.db");
    }

    @Test
    void the_environment_sets_them_and_flags_win_over_it() {
        Map<String, String> env = Map.of("ONBOARD_PORT", "9090", "ONBOARD_DB", "/tmp/env.db");

        assertThat(Settings.parse(new String[0], env)).isEqualTo(new Settings(9090, "/tmp/env.db"));
        assertThat(Settings.parse(new String[] {"--port", "0", "--db=/tmp/flag.db"}, env))
                .isEqualTo(new Settings(0, "/tmp/flag.db"));
    }

    @Test
    void unknown_options_missing_values_and_bad_ports_are_usage_errors() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"--verbose"}, Map.of())).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--port"}, Map.of())).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--port", "http"}, Map.of())).hasMessageContaining("number");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--port", "70000"}, Map.of())).hasMessageContaining("0-65535");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--operation-timeout-s", "0"}, Map.of()))
                .hasMessageContaining("at least 1");
    }

    @Test
    void the_simulated_devices_delay_and_the_operations_timeout_are_set_like_the_rest() {
        Settings settings = Settings.parse(new String[] {"--device-delay-ms", "50"}, Map.of("ONBOARD_OPERATION_TIMEOUT_S", "7"));

        assertThat(settings.deviceDelay()).isEqualTo(java.time.Duration.ofMillis(50));
        assertThat(settings.operationTimeout()).isEqualTo(java.time.Duration.ofSeconds(7));
        assertThat(Settings.parse(new String[0], Map.of()).operationTimeout()).isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void the_simulated_provider_settles_within_the_registration_unless_given_a_delay() {
        Settings defaults = Settings.parse(new String[0], Map.of());
        Settings delayed = Settings.parse(new String[] {"--provisioning-delay-ms", "1500"},
                Map.of("ONBOARD_PROVISIONING_TIMEOUT_S", "60"));

        assertThat(defaults.provisioningDelay()).isZero();
        assertThat(defaults.provisioningTimeout()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(delayed.provisioningDelay()).isEqualTo(java.time.Duration.ofMillis(1500));
        assertThat(delayed.provisioningTimeout()).isEqualTo(java.time.Duration.ofSeconds(60));
        assertThatThrownBy(() -> Settings.parse(new String[] {"--provisioning-delay-ms", "-1"}, Map.of()))
                .hasMessageContaining("--provisioning-delay-ms");
    }

    @Test
    void the_key_file_sits_beside_a_sqlite_file_and_must_be_given_with_postgresql() {
        String postgres = "jdbc:postgresql://db:5432/onboard?user=onboard&password=secret";

        assertThat(Main.secretKeyFile(Settings.parse(new String[] {"--db", "/var/onboard/main.db"}, Map.of())))
                .isEqualTo(Path.of("/var/onboard/main.db.key"));
        assertThatThrownBy(() -> Main.secretKeyFile(Settings.parse(new String[] {"--db", postgres}, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--secret-key-file");
        assertThat(Main.secretKeyFile(Settings.parse(new String[] {"--db", postgres},
                Map.of("ONBOARD_SECRET_KEY_FILE", "/etc/onboard/key")))).isEqualTo(Path.of("/etc/onboard/key"));
    }
}
