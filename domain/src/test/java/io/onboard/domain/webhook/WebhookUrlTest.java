package io.onboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A webhook URL: https everywhere, http only for a test account, never with credentials or a fragment. */
class WebhookUrlTest {
    private static final AccountId TEST = AccountId.parse("T11223351");
    private static final AccountId PRODUCTION = AccountId.parse("P11223351");

    @Test
    void https_is_taken_from_any_account_and_http_only_from_a_test_account() {
        assertThat(WebhookUrl.parse("https://hooks.example.com/onboard?x=1", PRODUCTION).host()).isEqualTo("hooks.example.com");
        assertThat(WebhookUrl.parse("http://localhost:8081/hooks", TEST).host()).isEqualTo("localhost");
        assertThat(WebhookUrl.parse("https://[2606:4700::1111]/h", PRODUCTION).host()).isEqualTo("2606:4700::1111");
        assertRefused("http://hooks.example.com/onboard", PRODUCTION, "https in a production account");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hooks.example.com/onboard", "ftp://hooks.example.com/", "https:///path",
        "https://user:secret@hooks.example.com/", "https://hooks.example.com/#part", "https://exa mple.com/",
        "javascript:alert(1)", "file:///etc/passwd"})
    void anything_else_is_refused_as_an_invalid_webhook_url(String text) {
        assertThatThrownBy(() -> WebhookUrl.parse(text, TEST)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.INVALID_WEBHOOK_URL));
    }

    @Test
    void a_url_over_2048_characters_is_refused() {
        assertRefused("https://hooks.example.com/" + "a".repeat(2048), TEST, "at most 2048");
    }

    private static void assertRefused(String text, AccountId account, String why) {
        assertThatThrownBy(() -> WebhookUrl.parse(text, account)).isInstanceOf(DomainException.class).hasMessageContaining(why);
    }
}
