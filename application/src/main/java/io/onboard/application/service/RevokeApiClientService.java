package io.onboard.application.service;

import io.onboard.application.port.in.access.RevokeApiClientUseCase;
import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.ApiClients;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.NotFoundException;

/** Forgets a client and every token it holds, in one transaction; servers' token caches let go within seconds. */
final class RevokeApiClientService implements RevokeApiClientUseCase {
    private final ApiClients clients;
    private final AccessTokens tokens;
    private final Transactions transactions;

    RevokeApiClientService(ApiClients clients, AccessTokens tokens, Transactions transactions) {
        this.clients = clients;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    @Override
    public ApiClient revoke(AccountId account, String clientId) {
        return transactions.inTransaction(() -> {
            // another account's client is as unknown here as one that never existed
            ApiClient client = clients.find(clientId).filter(c -> c.accountId().equals(account))
                    .orElseThrow(() -> new NotFoundException("api client", clientId));
            tokens.deleteOf(clientId);
            clients.remove(clientId);
            return client;
        });
    }
}
