package io.onboard.application.port.out;

import io.onboard.domain.access.ApiClient;
import java.util.Optional;

/** Issued API clients, known by their id; secrets are stored as hashes only. */
public interface ApiClients {
    void add(ApiClient client);

    Optional<ApiClient> find(String clientId);
}
