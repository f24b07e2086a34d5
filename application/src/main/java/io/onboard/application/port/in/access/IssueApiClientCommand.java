package io.onboard.application.port.in.access;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** API credentials to issue for an account; no scopes means every scope. */
public record IssueApiClientCommand(@NotNull AccountId accountId, List<String> scopes) {
}
