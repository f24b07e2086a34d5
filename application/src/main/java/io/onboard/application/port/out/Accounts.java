package io.onboard.application.port.out;

import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import java.util.Optional;

/** The operator accounts. */
public interface Accounts {
    /** Stores a new account; {@code DUPLICATE_ACCOUNT} when its id is taken. */
    void add(Account account);

    Optional<Account> find(AccountId id);

    /** Whether any account exists at all: an empty database is bootstrapped on first start. */
    boolean any();
}
