package io.onboard.application.service;

import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.account.CreateAccountUseCase;
import io.onboard.application.port.out.Accounts;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Text;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;

/** Creates an operator account. */
public final class CreateAccountService implements CreateAccountUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Accounts accounts;
    private final Transactions transactions;
    private final Clock clock;

    CreateAccountService(Accounts accounts, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Account create(CreateAccountCommand command) {
        Input in = validator.check(command);
        AccountId id = in.parse("account_id", command.accountId(), AccountId::parse);
        String name = in.parse("name", command.name(), v -> Text.optional(v, 100, "account name"));
        in.done();
        return transactions.inTransaction(() -> {
            if (accounts.find(id).isPresent()) {
                throw new ConflictException(ErrorCode.DUPLICATE_ACCOUNT, "account " + id + " already exists");
            }
            Account account = new Account(id, name, clock.now());
            accounts.add(account);
            return account;
        });
    }
}
