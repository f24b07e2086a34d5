package com.example.pos.storage;

import io.onboard.application.port.out.Sequences;
import io.onboard.domain.account.AccountId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The POS's per-account store and terminal counters. Like a database sequence they stand outside the undo log:
 * a number taken by a transaction that is then undone is burnt (the port allows it), never handed out again.
 */
final class PosSequences implements Sequences {
    private final Map<AccountId, AtomicLong> storeNumbers = new ConcurrentHashMap<>();
    private final Map<AccountId, AtomicLong> terminalNumbers = new ConcurrentHashMap<>();

    @Override
    public long nextStoreNumber(AccountId account) {
        return next(storeNumbers, account);
    }

    @Override
    public long nextTerminalNumber(AccountId account) {
        return next(terminalNumbers, account);
    }

    private static long next(Map<AccountId, AtomicLong> counters, AccountId account) {
        return counters.computeIfAbsent(account, first -> new AtomicLong()).incrementAndGet();
    }
}
