package io.onboard.application.port.in.session;

import io.onboard.domain.account.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A terminal session to create in the caller's account; in Java, build it with {@link #builder()}. */
public record CreateSessionCommand(@NotNull AccountId accountId, @NotNull @Valid OrderInput order, String profileId,
                                   @Valid UrlInput url) {
    /** Starts a session; account, amount, currency, merchant reference and target are required when built. */
    public static CreateSessionCommandBuilder builder() {
        return new CreateSessionCommandBuilder();
    }
}
