package com.example.pos.storage;

import io.onboard.application.port.out.Accounts;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.util.HashMap;
import java.util.Optional;

/** The POS's operator accounts. */
final class PosAccounts implements Accounts {
    private final PosTransactions transactions;
    private final UndoableMap<AccountId, Account> accounts;

    PosAccounts(PosTransactions transactions) {
        this.transactions = transactions;
        this.accounts = new UndoableMap<>(new HashMap<>(), transactions);
    }

    @Override
    public void add(Account account) {
        transactions.write(() -> accounts.putNew(account.id(), account, existing ->
                new ConflictException(ErrorCode.DUPLICATE_ACCOUNT, "account " + account.id() + " exists already")));
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return transactions.read(() -> accounts.get(id));
    }

    @Override
    public boolean any() {
        return transactions.read(() -> !accounts.isEmpty());
    }
}
