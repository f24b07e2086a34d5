package io.onboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onboard.application.builtin.BuiltInScreening;
import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.seller.CaseActionCommand;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Screening;
import io.onboard.application.testdata.MutableClock;
import io.onboard.application.testdata.TestEventPayloads;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.CaseAction;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/** Use cases over in-memory ports with the built-in screener and provisioner, and helpers for the seed flow. */
abstract class UseCaseTest {
    protected final MutableClock clock = MutableClock.at("2026-11-23T20:41:00.123Z");
    protected InMemoryStorage memory;
    protected OnboardingStorage storage;
    protected Onboard onboard;
    protected Access access;

    @BeforeEach
    void startOnboard() {
        memory = InMemoryStorage.create();
        storage = memory.onboarding();
        onboard = Onboard.builder(storage).clock(clock).eventPayloads(new TestEventPayloads()).screening(screening())
                .build();
        access = new Access(storage, memory.access(), clock, Duration.ofHours(1));
        account(Seed.ACCOUNT);
        account(Seed.OTHER_ACCOUNT);
    }

    /** The screener under test; the built-in one unless a test says otherwise. */
    protected Screening screening() {
        return new BuiltInScreening();
    }

    protected void account(AccountId account) {
        onboard.createAccount().create(new CreateAccountCommand(account.value(), "Account " + account));
    }

    /** A company seller whose case went the whole KYC way to ACTIVE. */
    protected PayoutDestinationView activeSeller(AccountId account, String sellerId, String organizationNumber) {
        applicant(account, sellerId, organizationNumber);
        act(account, sellerId, CaseAction.SUBMIT_DECLARATION);
        return act(account, sellerId, CaseAction.SIGN);
    }

    protected PayoutDestinationView applicant(AccountId account, String sellerId, String organizationNumber) {
        return onboard.applyForPayoutDestination().apply(Requests.company(account, sellerId, organizationNumber, null));
    }

    protected PayoutDestinationView act(AccountId account, String sellerId, CaseAction action) {
        return onboard.takeCaseAction().act(CaseActionCommand.builder().account(account).payoutDestinationId(sellerId)
                .action(action).build());
    }

    protected StoreView store(AccountId account, String storeId, String sellerId) {
        return onboard.createStore().create(Requests.store(account, storeId, sellerId, null));
    }

    protected TerminalView terminal(AccountId account, String serial, String storeId) {
        return onboard.registerTerminal().register(Requests.terminal(account, serial, storeId));
    }

    /** The refusal {@code call} throws, checked to carry {@code code}. */
    protected static DomainException refusal(ErrorCode code, ThrowingCallable call) {
        DomainException refused = catchThrowableOfType(DomainException.class, call);
        assertThat(refused).as("expected a refusal with code " + code).isNotNull();
        assertThat(refused.code()).as(refused.getMessage()).isEqualTo(code);
        return refused;
    }
}
