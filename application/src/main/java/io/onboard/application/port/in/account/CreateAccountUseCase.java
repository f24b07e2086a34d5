package io.onboard.application.port.in.account;

import io.onboard.domain.account.Account;

/** Creates an operator account. */
public interface CreateAccountUseCase {
    Account create(CreateAccountCommand command);
}
