package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.PayoutDestinationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One step in a seller's KYC case. {@code submit_declaration} and {@code submit_details} may carry data to
 * complete or correct the case; reviewer decisions may carry a {@code reason}. In Java, build it with
 * {@link #builder()}, or {@link #of(AccountId, PayoutDestinationId, CaseAction)} for a step without data.
 */
public record CaseActionCommand(
        @NotNull AccountId accountId,
        @NotBlank String payoutDestinationId,
        @NotNull CaseAction action,
        String reason,
        @Valid OrganizationInput organization,
        @Valid AddressInput address,
        String phoneNumber,
        String email,
        String website,
        @Size(max = 1, message = "holds one bank account at most; an empty list means none") List<@Valid @NotNull BankAccountInput> bankAccounts,
        String payoutIntervalType) {
    /** Starts a step; account, seller and action are required when it is built. */
    public static CaseActionCommandBuilder builder() {
        return new CaseActionCommandBuilder();
    }

    /** A step that carries no data, such as {@code sign} or {@code archive}. */
    public static CaseActionCommand of(AccountId accountId, PayoutDestinationId payoutDestinationId, CaseAction action) {
        return builder().account(accountId).payoutDestinationId(payoutDestinationId).action(action).build();
    }
}
