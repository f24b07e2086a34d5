package com.example.kiosk.clean.checkout;

import io.onboard.application.port.in.terminal.CheckReadinessUseCase;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.terminal.TerminalId;

/** Clean fixture: takes the one use case it needs and speaks Onboard's domain values. */
public final class Checkout {
    private final CheckReadinessUseCase readiness;

    public Checkout(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    public boolean canCharge(AccountId account, TerminalId terminal) {
        return readiness.check(account, terminal).enrolled();
    }
}
