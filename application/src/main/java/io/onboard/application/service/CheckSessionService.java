package io.onboard.application.service;

import io.onboard.application.port.in.session.CheckSessionCommand;
import io.onboard.application.port.in.session.CheckSessionUseCase;
import io.onboard.application.port.in.session.SessionCheck;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.session.SessionTarget;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;
import java.util.Optional;

/**
 * Runs the target rules of session creation ({@link TerminalSession#admit}) without creating a session. It
 * is given no {@code Sessions} port on purpose: a check cannot leave a session behind.
 */
public final class CheckSessionService implements CheckSessionUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final SessionTargets targets;
    private final Transactions transactions;

    CheckSessionService(SessionTargets targets, Transactions transactions) {
        this.targets = targets;
        this.transactions = transactions;
    }

    @Override
    public SessionCheck check(CheckSessionCommand command) {
        Input in = validator.check(command);
        in.check("order.store", () -> SessionTarget.requireAllGiven(command.storeId(), command.terminalId(),
                command.payoutDestinationId()));
        StoreId storeId = in.parse("order.store.id", command.storeId(), StoreId::new);
        TerminalId terminalId = in.parse("order.store.terminal_id", command.terminalId(), TerminalId::parse);
        PayoutDestinationId seller = in.parse("order.store.payout_destination_id", command.payoutDestinationId(),
                PayoutDestinationId::new);
        in.done();

        SessionTarget target = new SessionTarget(storeId, terminalId, seller);
        SessionTargets.Facts facts = transactions.reading(() -> targets.read(command.accountId(), target));
        try {
            facts.admit();
            return new SessionCheck(facts.readiness(), Optional.empty());
        } catch (RuleViolationException refused) {
            return new SessionCheck(facts.readiness(), Optional.of(refused));
        }
    }
}
