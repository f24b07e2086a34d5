package com.example.pos.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.onboard.application.contract.PortContractTest;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.TerminalQuery;
import io.onboard.application.testdata.Aggregates;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;
import org.junit.jupiter.api.Test;

/** What the undo log promises beyond the contract: work that throws and is caught reverses only its own writes. */
class PosUndoLogTest extends PortContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }

    @Test
    void a_nested_transaction_that_throws_is_undone_alone_and_the_outer_one_still_commits() {
        addAccount(ACCOUNT);

        inTransaction(() -> {
            addApplicant(ACCOUNT, "kept", 1, T0);
            return catchThrowable(() -> inTransaction(() -> {
                addApplicant(ACCOUNT, "undone", 2, T0);
                throw new IllegalStateException("the inner work fails and the outer work goes on");
            }));
        });

        assertThat(storage.payoutDestinations().find(ACCOUNT, new PayoutDestinationId("kept"))).isPresent();
        assertThat(storage.payoutDestinations().find(ACCOUNT, new PayoutDestinationId("undone"))).isEmpty();
    }

    @Test
    void a_terminal_refused_for_its_serial_inside_a_transaction_leaves_no_row_behind() {
        addAccount(ACCOUNT);
        Store store = addStore("oslo-center", addActiveSeller(ACCOUNT, "seller-1", 1, T0));
        addTerminal("SN-0001", store);

        inTransaction(() -> {
            Terminal refused = Aggregates.terminal(storage.sequences().nextTerminalNumber(ACCOUNT), "SN-0001", store, T0);
            assertConflict(() -> storage.terminals().add(refused), ErrorCode.DUPLICATE_SERIAL_NUMBER);
            assertThat(storage.terminals().find(refused.terminalId())).isEmpty();
            return storage.terminals().add(
                    Aggregates.terminal(storage.sequences().nextTerminalNumber(ACCOUNT), "SN-0002", store, T0));
        });

        assertThat(storage.terminals().list(TerminalQuery.all(ACCOUNT, PageRequest.first(10))).items())
                .extracting(terminal -> terminal.serialNumber().value()).containsExactly("SN-0001", "SN-0002");
    }
}
