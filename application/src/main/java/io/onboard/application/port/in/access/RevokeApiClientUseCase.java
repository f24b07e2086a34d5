package io.onboard.application.port.in.access;

import io.onboard.domain.access.ApiClient;
import io.onboard.domain.account.AccountId;

/**
 * Revokes an API client of the account: its secret issues no token any more, and every token it holds stops
 * working, on every server on the database within {@code AuthenticateUseCase.RECHECK}. {@code NOT_FOUND} for a client
 * the account does not have.
 */
public interface RevokeApiClientUseCase {
    ApiClient revoke(AccountId account, String clientId);
}
