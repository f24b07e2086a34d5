package io.onboard.application.service;

import io.onboard.application.port.in.session.CreateSessionCommand;
import io.onboard.application.port.in.session.CreateSessionUseCase;
import io.onboard.application.port.in.session.OrderInput;
import io.onboard.application.port.in.session.StoreTargetInput;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Sessions;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Text;
import io.onboard.domain.common.Website;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.session.Money;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.SessionOrder;
import io.onboard.domain.session.SessionTarget;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;
import java.util.UUID;

/** Accepts a terminal session only when the store, terminal and seller belong together and the terminal is enrolled. */
public final class CreateSessionService implements CreateSessionUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final SessionTargets targets;
    private final Sessions sessions;
    private final Transactions transactions;
    private final Clock clock;

    CreateSessionService(SessionTargets targets, Sessions sessions, Transactions transactions, Clock clock) {
        this.targets = targets;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TerminalSession create(CreateSessionCommand command) {
        Input in = validator.check(command);
        SessionOrder order = command.order() == null ? null : order(in, command.order());
        String profileId = in.parse("profile_id", command.profileId(), v -> Text.optional(v, 100, "profile id"));
        Website callback = command.url() == null ? null : in.parse("url.callback_url", command.url().callbackUrl(), Website::new);
        in.done();

        SessionTarget target = order.target();
        // A refusal is decided on a read, so it never waits for the write lock behind accepted sessions; an
        // accepted target is read and checked again inside the transaction that stores the session.
        transactions.reading(() -> targets.read(command.accountId(), target)).admit();
        return transactions.inTransaction(() -> {
            SessionTargets.Facts facts = targets.read(command.accountId(), target);
            TerminalSession session = TerminalSession.accept(SessionId.generate(command.accountId(), UUID.randomUUID()),
                    command.accountId(), order, profileId, callback, facts.named(), facts.chain().terminal(),
                    facts.readiness(), clock.now());
            sessions.add(session);
            return session;
        });
    }

    private static SessionOrder order(Input in, OrderInput order) {
        CurrencyCode currency = in.parse("order.currency", order.currency(), CurrencyCode::of);
        Money money = currency == null || order.amount() == null ? null
                : in.value("order.amount", () -> new Money(order.amount(), currency));
        String reference = in.parse("order.merchant_reference", order.merchantReference(),
                v -> Text.required(v, 255, "merchant reference"));
        StoreTargetInput store = order.store() == null ? new StoreTargetInput(null, null, null) : order.store();
        in.check("order.store", () -> SessionTarget.requireAllGiven(store.id(), store.terminalId(), store.payoutDestinationId()));
        StoreId storeId = in.parse("order.store.id", store.id(), StoreId::new);
        TerminalId terminalId = in.parse("order.store.terminal_id", store.terminalId(), TerminalId::parse);
        PayoutDestinationId seller = in.parse("order.store.payout_destination_id", store.payoutDestinationId(),
                PayoutDestinationId::new);
        if (in.hasErrors()) {
            return null;
        }
        return new SessionOrder(money, reference, new SessionTarget(storeId, terminalId, seller));
    }
}
