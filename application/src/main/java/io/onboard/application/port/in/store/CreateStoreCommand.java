package io.onboard.application.port.in.store;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.domain.account.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A new store, linked to a seller of the same account; {@code storeId} is optional (defaults to the server id).
 * In Java, build it with {@link #builder()}.
 */
public record CreateStoreCommand(
        @NotNull AccountId accountId,
        String storeId,
        @NotBlank String storeName,
        @Valid StoreOrganizationInput organization,
        @NotNull @Valid PayoutDestinationRefInput payoutDestination,
        @Valid AddressInput address,
        String phoneNumber,
        String email,
        String website,
        @Valid CoordinatesInput coordinates) {
    /** Starts a store; account, name and seller are required when it is built. */
    public static CreateStoreCommandBuilder builder() {
        return new CreateStoreCommandBuilder();
    }
}
