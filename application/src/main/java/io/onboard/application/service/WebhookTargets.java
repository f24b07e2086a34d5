package io.onboard.application.service;

import io.onboard.application.port.out.HostResolver;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.webhook.PublicAddress;
import io.onboard.domain.webhook.WebhookUrl;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Whether a webhook URL may be reached from an account (SPEC 9), decided on save and again before every delivery:
 * a production account's host must resolve, and only to public addresses; a test account may reach anything,
 * loopback included, for local development. The delivery connects to the addresses this returns, never to a
 * second lookup of the name, so a host cannot pass the check and then point elsewhere.
 */
public final class WebhookTargets {
    private final HostResolver resolver;

    public WebhookTargets(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** The addresses {@code url} may be delivered to now; {@code INVALID_WEBHOOK_URL} when none may. */
    public List<InetAddress> addresses(AccountId account, WebhookUrl url) {
        List<InetAddress> addresses = resolver.resolve(url.host());
        if (addresses.isEmpty()) {
            throw refused("the host " + url.host() + " does not resolve");
        }
        if (!account.isTest()) {
            for (InetAddress address : addresses) {
                Optional<String> why = PublicAddress.refusal(address);
                if (why.isPresent()) {
                    throw refused("the host " + url.host() + " resolves to " + address.getHostAddress() + ", "
                            + why.get() + "; a production account's webhooks reach only public addresses");
                }
            }
        }
        return List.copyOf(addresses);
    }

    private static InvalidValueException refused(String message) {
        return new InvalidValueException(ErrorCode.INVALID_WEBHOOK_URL, "url: " + message);
    }
}
