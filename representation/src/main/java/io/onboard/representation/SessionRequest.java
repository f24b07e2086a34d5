package io.onboard.representation;

import io.onboard.application.port.in.session.CreateSessionCommand;
import io.onboard.application.port.in.session.OrderInput;
import io.onboard.application.port.in.session.UrlInput;
import io.onboard.domain.account.AccountId;

/** The body of {@code POST /v1/sessions-profile}. */
public record SessionRequest(OrderInput order, String profileId, UrlInput url) {

    public CreateSessionCommand toCommand(AccountId account) {
        return new CreateSessionCommand(account, order, profileId, url);
    }
}
