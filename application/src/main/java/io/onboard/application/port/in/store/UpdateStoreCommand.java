package io.onboard.application.port.in.store;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.domain.account.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Changes to a store, named by server id or merchant {@code store_id}. Fields left null stay as they are;
 * a new {@code payoutDestination} relinks the store (rechecking the organization number); {@code status}
 * is {@code ACTIVE} or {@code INACTIVE}. {@code expectedVersion}, when given, must still be current. In Java,
 * build it with {@link #builder()}.
 */
public record UpdateStoreCommand(
        @NotNull AccountId accountId,
        @NotBlank String store,
        Long expectedVersion,
        String storeName,
        @Valid StoreOrganizationInput organization,
        @Valid PayoutDestinationRefInput payoutDestination,
        @Valid AddressInput address,
        String phoneNumber,
        String email,
        String website,
        @Valid CoordinatesInput coordinates,
        String status) {
    /** Starts a change; account and store are required when it is built; what is not named stays as it is. */
    public static UpdateStoreCommandBuilder builder() {
        return new UpdateStoreCommandBuilder();
    }
}
