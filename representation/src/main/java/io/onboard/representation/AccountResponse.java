package io.onboard.representation;

import io.onboard.domain.account.Account;
import java.time.Instant;

/** An operator account: {@code {"account_id", "name", "created_at"}}. */
public record AccountResponse(String accountId, String name, Instant createdAt) {
    public static AccountResponse from(Account account) {
        return new AccountResponse(account.id().value(), account.name(), account.createdAt());
    }
}
