package io.onboard.application.port.in.access;

import io.onboard.domain.account.Account;

/** Creates an operator account. */
public interface CreateAccountUseCase {
    Account create(CreateAccountCommand command);
}
