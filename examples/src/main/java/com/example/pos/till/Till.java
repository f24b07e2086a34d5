package com.example.pos.till;

import com.example.pos.sale.Sale;
import io.onboard.application.port.in.session.CreateSessionCommand;
import io.onboard.application.port.in.session.CreateSessionUseCase;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;

/**
 * A till: one card terminal at one store, selling for one seller. It takes only the use case it needs, not the
 * whole of Onboard, so it is tested with a fake and its storage is chosen elsewhere.
 */
public final class Till {
    private final AccountId account;
    private final StoreId store;
    private final TerminalId terminal;
    private final PayoutDestinationId seller;
    private final CreateSessionUseCase sessions;

    public Till(AccountId account, StoreId store, TerminalId terminal, PayoutDestinationId seller,
                CreateSessionUseCase sessions) {
        this.account = account;
        this.store = store;
        this.terminal = terminal;
        this.seller = seller;
        this.sessions = sessions;
    }

    /** Starts the payment of {@code sale} on the till's terminal; Onboard refuses it unless the terminal is enrolled. */
    public TerminalSession charge(Sale sale) {
        return sessions.create(CreateSessionCommand.builder()
                .account(account)
                .amount(sale.amountInMinorUnits())
                .currency(sale.currency())
                .merchantReference(sale.reference())
                .target(store, terminal, seller)   // the merchant's store_id, not the server id
                .build());
    }
}
