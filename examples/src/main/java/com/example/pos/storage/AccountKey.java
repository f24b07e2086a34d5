package com.example.pos.storage;

import io.onboard.domain.account.AccountId;

/** A key that is unique only within one account, such as a seller id or a merchant store id. */
record AccountKey<T>(AccountId account, T id) {
    /** The id as clients write it: messages go to the account's own caller, who knows the account. */
    @Override
    public String toString() {
        return String.valueOf(id);
    }
}
