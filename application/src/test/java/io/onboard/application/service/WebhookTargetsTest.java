package io.onboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.port.out.HostResolver;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.webhook.WebhookUrl;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which hosts a webhook may reach, through a resolver the test controls: a production account's host must resolve
 * to public addresses only, checked again before each delivery, so a host that turns private later is refused.
 */
class WebhookTargetsTest {
    private static final AccountId PRODUCTION = AccountId.parse("P11223351");
    private static final AccountId TEST = AccountId.parse("T11223351");
    private final Map<String, List<InetAddress>> dns = new HashMap<>();
    private final HostResolver resolver = host -> dns.getOrDefault(host, List.of());
    private final WebhookTargets targets = new WebhookTargets(resolver);

    @Test
    void a_host_that_resolves_to_public_addresses_is_reached_at_those_addresses() throws UnknownHostException {
        dns.put("hooks.example.com", List.of(ip("93.184.216.34"), ip("2606:2800:220:1::1")));

        assertThat(targets.addresses(PRODUCTION, url("https://hooks.example.com/onboard", PRODUCTION)))
                .containsExactly(ip("93.184.216.34"), ip("2606:2800:220:1::1"));
    }

    @Test
    void a_host_with_one_private_address_among_public_ones_is_refused_for_a_production_account() throws UnknownHostException {
        dns.put("hooks.example.com", List.of(ip("93.184.216.34"), ip("10.0.0.7")));

        assertRefused(PRODUCTION, "https://hooks.example.com/onboard", "10.0.0.7");
    }

    @Test
    void a_host_that_turns_private_after_it_was_saved_is_refused_at_delivery() throws UnknownHostException {
        WebhookUrl saved = url("https://rebind.example.com/hook", PRODUCTION);
        dns.put("rebind.example.com", List.of(ip("93.184.216.34")));
        assertThat(targets.addresses(PRODUCTION, saved)).hasSize(1);

        dns.put("rebind.example.com", List.of(ip("169.254.169.254")));

        assertThatThrownBy(() -> targets.addresses(PRODUCTION, saved)).hasMessageContaining("169.254.169.254")
                .hasMessageContaining("link-local");
    }

    @Test
    void a_test_account_may_reach_loopback_for_local_development_but_not_a_host_that_does_not_resolve() throws UnknownHostException {
        dns.put("localhost", List.of(ip("127.0.0.1")));

        assertThat(targets.addresses(TEST, url("http://localhost:8081/hooks", TEST))).containsExactly(ip("127.0.0.1"));
        assertRefused(TEST, "http://nowhere.invalid/hooks", "does not resolve");
    }

    private void assertRefused(AccountId account, String url, String why) {
        assertThatThrownBy(() -> targets.addresses(account, url(url, account))).isInstanceOf(DomainException.class)
                .hasMessageContaining(why)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.INVALID_WEBHOOK_URL));
    }

    private static WebhookUrl url(String text, AccountId account) {
        return WebhookUrl.parse(text, account);
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
