package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.IndividualInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.domain.account.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A seller's KYC application. A company needs {@code countryCode} and {@code organizationNumber}, an
 * individual {@code individual}; the bank account (exactly one) may follow with the declaration. In Java,
 * build it with {@link #builder()}.
 */
public record ApplyForPayoutDestinationCommand(
        @NotNull AccountId accountId,
        @NotBlank String payoutDestinationId,
        String payoutDestinationName,
        String payoutDestinationDescription,
        @NotBlank String type,
        String countryCode,
        String organizationNumber,
        @Valid OrganizationInput organization,
        @Valid IndividualInput individual,
        @Valid AddressInput address,
        String phoneNumber,
        String email,
        String website,
        @Size(max = 1, message = "holds one bank account at most; an empty list means none") List<@Valid @NotNull BankAccountInput> bankAccounts,
        String payoutIntervalType) {
    /** Starts a KYC application; account, seller id and type are required when it is built. */
    public static ApplyForPayoutDestinationCommandBuilder builder() {
        return new ApplyForPayoutDestinationCommandBuilder();
    }
}
