package io.onboard.application.service;

import io.onboard.application.port.in.webhook.SubscriptionSettings;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.EventSelection;
import io.onboard.domain.webhook.WebhookUrl;

/** A subscription's settings as domain values, every refusal gathered; its URL's host checked for the account. */
record SubscriptionInputs(WebhookUrl url, EventSelection events, String description, boolean active) {
    static SubscriptionInputs parse(Input in, AccountId account, SubscriptionSettings settings, WebhookTargets targets) {
        WebhookUrl url = in.parse("url", settings.url(), text -> WebhookUrl.parse(text, account));
        if (url != null) {
            in.check("url", () -> targets.addresses(account, url));
        }
        EventSelection events = in.value("events", () -> EventSelection.parse(settings.events()));
        String description = settings.description() == null || settings.description().isBlank() ? null
                : settings.description().strip();
        in.done();
        return new SubscriptionInputs(url, events, description, settings.isActive());
    }
}
