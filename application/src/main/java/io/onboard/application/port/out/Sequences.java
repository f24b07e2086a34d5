package io.onboard.application.port.out;

import io.onboard.domain.account.AccountId;

/**
 * Per-account counters for store and terminal numbers. A number is never handed out twice, even to
 * concurrent callers; used inside the same transaction as the insert, a rolled-back insert may burn one.
 */
public interface Sequences {
    long nextStoreNumber(AccountId account);

    long nextTerminalNumber(AccountId account);
}
