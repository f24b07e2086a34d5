package io.onboard.application.port.in.session;

import io.onboard.domain.account.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A terminal session to create in the caller's account. */
public record CreateSessionCommand(@NotNull AccountId accountId, @NotNull @Valid OrderInput order, String profileId,
                                   @Valid UrlInput url) {
}
