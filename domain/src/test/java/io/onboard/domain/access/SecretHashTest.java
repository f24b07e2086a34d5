package io.onboard.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretHashTest {

    @Test
    void a_hash_matches_the_secret_it_was_made_from() {
        SecretHash hash = SecretHash.of("s3cr3t-with-256-bits");

        assertThat(hash.matches("s3cr3t-with-256-bits")).isTrue();
    }

    @Test
    void a_hash_does_not_match_another_secret() {
        SecretHash hash = SecretHash.of("s3cr3t-with-256-bits");

        assertThat(hash.matches("s3cr3t-with-256-bitz")).isFalse();
        assertThat(hash.matches("")).isFalse();
    }

    @Test
    void hashing_is_deterministic_and_different_secrets_give_different_hashes() {
        assertThat(SecretHash.of("alpha")).isEqualTo(SecretHash.of("alpha"));
        assertThat(SecretHash.of("alpha")).isNotEqualTo(SecretHash.of("alphb"));
        assertThat(SecretHash.of("alpha")).isNotEqualTo(SecretHash.of("Alpha"));
    }

    @Test
    void the_hash_is_the_sha256_of_the_secret_in_lower_case_hex() {
        assertThat(SecretHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_hash_never_shows_itself_in_logs() {
        assertThat(SecretHash.of("abc").toString()).doesNotContain("ba7816bf").contains("hidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a"})
    void a_stored_hash_must_be_64_lower_case_hex_digits(String hex) {
        assertThatThrownBy(() -> new SecretHash(hex)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64");
    }
}
