package io.onboard.application.service;

import io.onboard.application.port.out.EnrollmentChains;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.Enrollment;
import io.onboard.domain.enrollment.EnrollmentChain;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.session.SessionTarget;
import io.onboard.domain.session.TerminalSession;
import java.util.Optional;

/** Reads what the session rules look at for a target: the store it names, the terminal's chain and its readiness. */
final class SessionTargets {
    private final EnrollmentChains chains;

    SessionTargets(EnrollmentChains chains) {
        this.chains = chains;
    }

    Facts read(AccountId account, SessionTarget target) {
        EnrollmentChain chain = chains.chainOf(account, target.terminalId());
        // Usually the named store is the terminal's own, already read with the chain.
        Optional<StoreLink> named = chain.store().filter(store -> store.storeId().equals(target.storeId()));
        return new Facts(target, named.isPresent() ? named : chains.storeByStoreId(account, target.storeId()), chain,
                Enrollment.evaluate(target.terminalId().value(), chain));
    }

    record Facts(SessionTarget target, Optional<StoreLink> named, EnrollmentChain chain, Readiness readiness) {
        /** Returns when a session for the target would be accepted; refuses as {@link TerminalSession#admit} does. */
        void admit() {
            TerminalSession.admit(target, named, chain.terminal(), readiness);
        }
    }
}
