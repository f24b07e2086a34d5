package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.onboard.application.port.out.Transactions;
import io.onboard.application.testdata.Aggregates;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link Transactions}: all of the work commits, or none of it when it throws. */
public abstract class AbstractTransactionsContractTest extends PortContractTest {
    protected PayoutDestination seller;

    @BeforeEach
    protected void addSeller() {
        addAccount(ACCOUNT);
        seller = addApplicant(ACCOUNT, "seller-1", 1, T0);
    }

    @Test
    public void committed_work_is_visible_afterwards_and_its_result_is_returned() {
        Store added = inTransaction(() -> {
            PayoutDestination second = storage.payoutDestinations().add(
                    Aggregates.applicant(ACCOUNT, "seller-2", organizationNumber(2), T0));
            return storage.stores().add(Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", second, T0));
        });

        assertThat(storage.payoutDestinations().find(ACCOUNT, new PayoutDestinationId("seller-2"))).isPresent();
        assertThat(storage.stores().find(added.id())).isPresent();
        assertThat(added.version()).isEqualTo(1);
    }

    @Test
    public void work_sees_its_own_writes_before_it_commits() {
        boolean seen = inTransaction(() -> {
            Store added = storage.stores().add(
                    Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", seller, T0));
            return storage.stores().findByStoreId(ACCOUNT, added.storeId()).isPresent();
        });

        assertThat(seen).isTrue();
    }

    @Test
    public void work_that_throws_leaves_nothing_behind() {
        AtomicReference<Store> added = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> inTransaction(() -> {
            added.set(storage.stores().add(
                    Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", seller, T0)));
            storage.payoutDestinations().update(seller.archive(minutesAfterStart(1)));
            throw new IllegalStateException("provider unreachable");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(added.get()).isNotNull();
        assertThat(storage.stores().find(added.get().id())).isEmpty();
        assertThat(storage.stores().findByStoreId(ACCOUNT, new StoreId("oslo-center"))).isEmpty();
        assertThat(storage.payoutDestinations().get(ACCOUNT, seller.id()).version()).isEqualTo(1);
        assertThat(storage.stores().linkedTo(ACCOUNT, seller.id())).isEmpty();
    }

    @Test
    public void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        AtomicReference<PayoutDestination> innerResult = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> inTransaction(() -> {
            innerResult.set(inTransaction(() -> storage.payoutDestinations().add(
                    Aggregates.applicant(ACCOUNT, "seller-2", organizationNumber(2), T0))));
            throw new IllegalStateException("the outer work fails after the inner work finished");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(innerResult.get()).isNotNull();
        assertThat(storage.payoutDestinations().find(ACCOUNT, new PayoutDestinationId("seller-2"))).isEmpty();
    }

    @Test
    public void work_nested_in_a_committed_transaction_commits_with_it() {
        inTransaction(() -> inTransaction(() -> storage.payoutDestinations().add(
                Aggregates.applicant(ACCOUNT, "seller-2", organizationNumber(2), T0))));

        assertThat(storage.payoutDestinations().find(ACCOUNT, new PayoutDestinationId("seller-2"))).isPresent();
    }

    @Test
    public void the_exception_thrown_by_the_work_propagates_unchanged() {
        IllegalStateException failure = new IllegalStateException("provider unreachable");

        Throwable thrown = catchThrowable(() -> inTransaction(() -> {
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
    }

    @Test
    public void a_port_s_refusal_inside_a_transaction_propagates_with_its_code_and_earlier_commits_stay() {
        assertConflict(() -> inTransaction(() -> storage.payoutDestinations().add(
                Aggregates.applicant(ACCOUNT, "seller-1", organizationNumber(2), T0))), ErrorCode.DUPLICATE_PAYOUT_DESTINATION);

        assertThat(storage.payoutDestinations().find(ACCOUNT, seller.id())).isPresent();
    }

    @Test
    public void storage_is_usable_again_after_a_rolled_back_transaction() {
        catchThrowable(() -> inTransaction(() -> {
            storage.payoutDestinations().add(Aggregates.applicant(ACCOUNT, "seller-2", organizationNumber(2), T0));
            throw new IllegalStateException("rolled back");
        }));

        inTransaction(() -> storage.payoutDestinations().add(
                Aggregates.applicant(ACCOUNT, "seller-2", organizationNumber(2), T0)));

        assertThat(storage.payoutDestinations().find(ACCOUNT, new PayoutDestinationId("seller-2"))).isPresent();
    }

    @Test
    public void reading_work_returns_its_result_and_sees_what_was_committed() {
        Store added = inTransaction(() -> storage.stores().add(
                Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", seller, T0)));

        boolean seen = storage.transactions().reading(() -> storage.stores().find(added.id()).isPresent()
                && storage.payoutDestinations().find(ACCOUNT, seller.id()).isPresent());

        assertThat(seen).isTrue();
    }

    @Test
    public void reading_work_inside_a_transaction_sees_its_uncommitted_writes() {
        boolean seen = inTransaction(() -> {
            Store added = storage.stores().add(
                    Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", seller, T0));
            return storage.transactions().reading(() -> storage.stores().find(added.id()).isPresent());
        });

        assertThat(seen).isTrue();
    }

    @Test
    public void a_transaction_inside_reading_work_commits_on_its_own() {
        Throwable thrown = catchThrowable(() -> storage.transactions().reading(() -> {
            inTransaction(() -> storage.payoutDestinations().add(
                    Aggregates.applicant(ACCOUNT, "seller-2", organizationNumber(2), T0)));
            throw new IllegalStateException("the reading work fails after the transaction committed");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(storage.payoutDestinations().find(ACCOUNT, new PayoutDestinationId("seller-2"))).isPresent();
    }
}
