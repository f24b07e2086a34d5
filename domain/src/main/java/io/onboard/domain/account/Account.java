package io.onboard.domain.account;

import io.onboard.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/** An operator's account: the tenant every seller, store, terminal and API client belongs to. */
public record Account(AccountId id, String name, Instant createdAt) {
    public Account {
        Objects.requireNonNull(id, "id");
        name = Text.optional(name, 100, "account name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
