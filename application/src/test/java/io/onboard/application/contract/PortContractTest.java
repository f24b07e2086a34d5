package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.testdata.Aggregates;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every out-port contract test shares: a fresh {@link OnboardingStorage} per test from the implementation
 * under test, and helpers that write parents before children (account, seller, store, terminal) and take
 * store and terminal numbers from the sequences, as a database with foreign keys requires.
 */
public abstract class PortContractTest {
    protected static final AccountId ACCOUNT = Seed.ACCOUNT;
    protected static final AccountId OTHER_ACCOUNT = Seed.OTHER_ACCOUNT;
    /** Millisecond precision, the precision storage keeps (see {@code Clock}). */
    protected static final Instant T0 = Instant.parse("2026-11-23T20:41:00.123Z");

    protected OnboardingStorage storage;

    /** A new, empty storage, used by one test only. */
    protected abstract OnboardingStorage newStorage();

    @BeforeEach
    protected void createStorage() {
        storage = newStorage();
    }

    protected static Instant minutesAfterStart(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    protected <T> T inTransaction(Supplier<T> work) {
        return storage.transactions().inTransaction(work);
    }

    protected Account addAccount(AccountId id) {
        Account account = new Account(id, "Account " + id, T0);
        storage.accounts().add(account);
        return account;
    }

    /** A company seller that has just applied, with the {@code n}-th test organization number. */
    protected PayoutDestination addApplicant(AccountId account, String id, int n, Instant createdAt) {
        return storage.payoutDestinations().add(Aggregates.applicant(account, id, organizationNumber(n), createdAt));
    }

    /** A company seller whose case is ACTIVE, with the {@code n}-th test organization number. */
    protected PayoutDestination addActiveSeller(AccountId account, String id, int n, Instant createdAt) {
        return storage.payoutDestinations().add(Aggregates.activeSeller(account, id, organizationNumber(n), createdAt));
    }

    /** Opens a store under the account's next store number, in one transaction with taking the number. */
    protected Store addStore(AccountId account, LongFunction<Store> opening) {
        return inTransaction(() -> storage.stores().add(opening.apply(storage.sequences().nextStoreNumber(account))));
    }

    protected Store addStore(String storeId, PayoutDestination seller) {
        return addStore(seller.accountId(), number -> Aggregates.store(number, storeId, seller, T0));
    }

    /** Registers a terminal under the account's next terminal number, in one transaction with taking the number. */
    protected Terminal addTerminal(AccountId account, LongFunction<Terminal> registration) {
        return inTransaction(() -> storage.terminals().add(
                registration.apply(storage.sequences().nextTerminalNumber(account))));
    }

    protected Terminal addTerminal(String serial, Store store) {
        return addTerminal(store.accountId(), number -> Aggregates.terminal(number, serial, store, T0));
    }

    /** Asserts that {@code call} is refused as a conflict with exactly this code. */
    protected static void assertConflict(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /**
     * The {@code n}-th of a run of distinct, valid Norwegian organization numbers (MOD11, weights
     * 3,2,7,6,5,4,3,2), for tests that need several legal entities in one account.
     */
    protected static String organizationNumber(int n) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int base = 91_000_000 + n * 100; ; base++) {
            String digits = Integer.toString(base);
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int control = (11 - sum % 11) % 11;
            if (control != 10) {
                return digits + control;
            }
        }
    }
}
