package io.onboard.application.port.out;

import io.onboard.domain.access.ApiClient;
import io.onboard.domain.account.AccountId;
import java.util.List;
import java.util.Optional;

/** Issued API clients, known by their id; secrets are stored as hashes only. */
public interface ApiClients {
    void add(ApiClient client);

    Optional<ApiClient> find(String clientId);

    /** The account's clients, oldest first. */
    List<ApiClient> of(AccountId account);

    /** Forgets the client, so its secret issues no token any more; its tokens must be removed first. */
    void remove(String clientId);
}
