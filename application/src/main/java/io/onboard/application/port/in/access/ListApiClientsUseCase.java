package io.onboard.application.port.in.access;

import io.onboard.domain.access.ApiClient;
import io.onboard.domain.account.AccountId;
import java.util.List;

/** The account's API clients, oldest first; each with its id, scopes and creation time, never a secret. */
public interface ListApiClientsUseCase {
    List<ApiClient> list(AccountId account);
}
