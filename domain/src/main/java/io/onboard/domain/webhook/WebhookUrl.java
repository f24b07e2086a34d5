package io.onboard.domain.webhook;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a subscription's deliveries go (SPEC 9): an absolute {@code https} URL, or {@code http} for a test
 * account's local development; no user info (credentials in a URL end up in logs) and no fragment. Whether its
 * host may be reached is decided apart, at save and at every delivery, by the addresses the host resolves to.
 */
public record WebhookUrl(URI uri) {
    static final int MAX_LENGTH = 2048;

    /** {@code text} as a webhook URL for {@code account}; {@code INVALID_WEBHOOK_URL} when it cannot be one. */
    public static WebhookUrl parse(String text, AccountId account) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw refused("url must be an absolute http(s) URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw refused("url is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && account.isTest())) {
            throw refused(account.isTest() ? "url must use https or http" : "url must use https in a production account");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("url must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("url must not carry credentials (user info); authenticate deliveries by their signature");
        }
        if (uri.getRawFragment() != null) {
            throw refused("url must not have a fragment");
        }
        return new WebhookUrl(uri);
    }

    /** Whether {@code account} may deliver here: plain {@code http} is for test accounts only. */
    public boolean accountMayUse(AccountId account) {
        return account.isTest() || uri.getScheme().equalsIgnoreCase("https");
    }

    /** The host to resolve, without the brackets of an IPv6 literal. */
    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    private static InvalidValueException refused(String message) {
        return new InvalidValueException(ErrorCode.INVALID_WEBHOOK_URL, message);
    }
}
