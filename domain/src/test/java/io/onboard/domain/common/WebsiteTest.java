package io.onboard.domain.common;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "http://example.com", "https://fjordkaffe.no/sentrum?x=1",
            "HTTPS://EXAMPLE.COM", "https://example.com:8443/path"})
    void absolute_http_and_https_addresses_are_accepted(String url) {
        assertThat(new Website(url)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "www.example.com", "ftp://example.com", "javascript:alert(1)",
            "mailto:post@example.com", "https://", "https:///path", "https://exa mple.com", "/relative/path"})
    void anything_but_an_absolute_web_address_is_refused_with_an_example(String url) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Website(url));

        assertThat(refused.getMessage()).contains("website", "http or https", "https://example.com");
    }

    @Test
    void an_address_longer_than_2048_characters_is_refused() {
        String longUrl = "https://example.com/" + "a".repeat(2048);

        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new Website(longUrl));
    }
}
