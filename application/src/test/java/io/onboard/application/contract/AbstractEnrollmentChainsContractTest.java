package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.EnrollmentChains;
import io.onboard.domain.enrollment.Enrollment;
import io.onboard.domain.enrollment.EnrollmentChain;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EnrollmentChains}: whatever way storage reads a chain, it holds exactly the facts of the
 * aggregates its other ports return, so the enrollment check cannot tell the two apart.
 */
public abstract class AbstractEnrollmentChainsContractTest extends PortContractTest {
    protected EnrollmentChains chains;
    protected PayoutDestination seller;
    protected Store store;

    @BeforeEach
    protected void addChain() {
        chains = storage.enrollmentChains();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
        seller = addActiveSeller(ACCOUNT, "seller-1", 1, T0);
        store = addStore("oslo-sentrum", seller);
    }

    /** The chain as the aggregate ports tell it. */
    private EnrollmentChain asAggregatesTellIt(TerminalId id) {
        Optional<Terminal> terminal = storage.terminals().find(ACCOUNT, id);
        Optional<Store> itsStore = terminal.flatMap(t -> storage.stores().find(t.storeId()));
        return EnrollmentChain.of(terminal, itsStore,
                itsStore.flatMap(s -> storage.payoutDestinations().find(ACCOUNT, s.payoutDestinationId())));
    }

    @Test
    public void the_chain_of_an_enrolled_terminal_holds_the_facts_of_its_terminal_store_and_seller() {
        Terminal terminal = addTerminal("SN-0001", store);
        storage.terminals().update(terminal.provisioned(ProvisioningResult.ACTIVATED, minutesAfterStart(1)));

        EnrollmentChain chain = chains.chainOf(ACCOUNT, terminal.terminalId());

        assertThat(chain).isEqualTo(asAggregatesTellIt(terminal.terminalId()));
        assertThat(chain.terminal()).isPresent();
        assertThat(chain.store()).isPresent();
        assertThat(chain.seller()).isPresent();
        assertThat(Enrollment.evaluate(terminal.terminalId().value(), chain).enrolled()).isTrue();
    }

    @Test
    public void a_chain_carries_a_failed_terminal_s_reason_an_inactive_store_and_a_seller_still_in_review() {
        PayoutDestination applicant = addApplicant(ACCOUNT, "seller-2", 2, T0);
        Store inactive = addStore("bergen", applicant);
        inactive = storage.stores().update(inactive.changeStatus(StoreStatus.INACTIVE, minutesAfterStart(1)));
        Terminal terminal = addTerminal("SN-0002", inactive);
        storage.terminals().update(terminal.provisioned(ProvisioningResult.FAILED, minutesAfterStart(2)));

        EnrollmentChain chain = chains.chainOf(ACCOUNT, terminal.terminalId());

        assertThat(chain).isEqualTo(asAggregatesTellIt(terminal.terminalId()));
        assertThat(chain.terminal().orElseThrow().reason()).isPresent();
        assertThat(chain.store().orElseThrow().status()).isEqualTo(StoreStatus.INACTIVE);
        assertThat(chain.seller().orElseThrow().isActive()).isFalse();
        assertThat(chain.seller().orElseThrow().organizationNumber()).isPresent();
    }

    @Test
    public void a_removed_terminal_is_still_read_with_its_chain_so_the_check_can_say_it_was_deleted() {
        Terminal terminal = addTerminal("SN-0003", store);
        storage.terminals().update(terminal.remove(minutesAfterStart(1)));

        EnrollmentChain chain = chains.chainOf(ACCOUNT, terminal.terminalId());

        assertThat(chain).isEqualTo(asAggregatesTellIt(terminal.terminalId()));
        assertThat(chain.terminal().orElseThrow().isDeleted()).isTrue();
        assertThat(Enrollment.evaluate(terminal.terminalId().value(), chain).enrolled()).isFalse();
    }

    @Test
    public void an_unknown_terminal_or_one_of_another_account_has_no_chain() {
        Terminal terminal = addTerminal("SN-0004", store);

        assertThat(chains.chainOf(ACCOUNT, TerminalId.next(ACCOUNT, 999))).isEqualTo(EnrollmentChain.none());
        assertThat(chains.chainOf(OTHER_ACCOUNT, terminal.terminalId())).isEqualTo(EnrollmentChain.none());
        assertThat(chains.chainOf(OTHER_ACCOUNT, TerminalId.next(OTHER_ACCOUNT, terminal.terminalId().number())))
                .isEqualTo(EnrollmentChain.none());
    }

    @Test
    public void a_store_is_found_by_its_merchant_id_in_its_own_account_only_deleted_or_not() {
        Store deleted = addStore("trondheim", seller);
        deleted = storage.stores().update(deleted.delete(0, minutesAfterStart(1)));

        assertThat(chains.storeByStoreId(ACCOUNT, store.storeId())).contains(StoreLink.of(store));
        assertThat(chains.storeByStoreId(ACCOUNT, deleted.storeId())).contains(StoreLink.of(deleted));
        assertThat(chains.storeByStoreId(ACCOUNT, new StoreId("nowhere"))).isEmpty();
        assertThat(chains.storeByStoreId(OTHER_ACCOUNT, store.storeId())).isEmpty();
    }
}
