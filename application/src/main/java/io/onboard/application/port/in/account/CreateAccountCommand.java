package io.onboard.application.port.in.account;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotBlank;

/** An operator account to create: its id ({@code T...} for test mode, {@code P...} for production) and name. */
public record CreateAccountCommand(@NotBlank String accountId, String name) {
    /** An account known by its id only. */
    public static CreateAccountCommand of(AccountId accountId) {
        return new CreateAccountCommand(accountId.value(), null);
    }

    public static CreateAccountCommand of(AccountId accountId, String name) {
        return new CreateAccountCommand(accountId.value(), name);
    }
}
