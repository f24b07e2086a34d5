package io.onboard.application.port.in.store;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Deletes a store named by server id or merchant {@code store_id}; {@code expectedVersion} as in updates. */
public record DeleteStoreCommand(@NotNull AccountId accountId, @NotBlank String store, Long expectedVersion) {
}
