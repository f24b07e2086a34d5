package io.onboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.paging.Page;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.event.ListEventsQuery;
import io.onboard.application.port.in.event.PurgeOldEventsUseCase;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.Events;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Stores;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import io.onboard.application.testdata.TestEventPayloads;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.event.EventType;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.PayoutDestinationId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every change through the use cases records its event in the same transaction (SPEC 9): in order, numbered per
 * account, with what changed; a change whose event cannot be written does not happen, and a refused change
 * records nothing.
 */
class EventRecordingTest extends UseCaseTest {

    @Test
    void the_seed_flow_records_each_change_in_order_with_what_changed() {
        activeSeller(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER);
        var store = store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER);
        var terminal = terminal(Seed.ACCOUNT, Seed.SERIAL, store.serverId().value());

        List<Event> events = all();

        assertThat(events).extracting(Event::type).containsExactly(
                EventType.APPROVAL_PAYOUT_DESTINATION_ADD,
                EventType.APPROVAL_PAYOUT_DESTINATION_UPDATE,   // declared
                EventType.APPROVAL_PAYOUT_DESTINATION_UPDATE,   // signed: AUTOMATIC_REVIEW
                EventType.APPROVAL_PAYOUT_DESTINATION_UPDATE,   // screened: ACTIVE
                EventType.ACCOUNT_STORE_ADD,
                EventType.ACCOUNT_TERMINAL_ADD);                // provisioned within the registration: ACTIVE
        assertThat(events).extracting(Event::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events.get(3).data()).contains("\"case_status\":\"ACTIVE\"");
        assertThat(events.get(3).previous()).isEqualTo("{\"case_status\":\"AUTOMATIC_REVIEW\"}");
        assertThat(events.get(5).resourceId()).isEqualTo(terminal.terminalId().value());
        assertThat(events.get(5).data()).contains("\"status\":\"ACTIVE\"");
        assertThat(events).allSatisfy(event -> assertThat(event.accountId()).isEqualTo(Seed.ACCOUNT));
    }

    @Test
    void a_terminal_provisioned_by_a_remote_provider_is_added_pending_then_updated_once_it_answers() {
        Onboard remote = Onboard.builder(storage).clock(clock).eventPayloads(new TestEventPayloads())
                .provisioning((terminal, store) -> ProvisioningResult.ACTIVATED).build();
        activeSeller(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER);
        var store = store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER);
        remote.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, Seed.SERIAL, store.serverId().value()));

        List<Event> events = all();
        Event added = events.get(events.size() - 2);
        Event provisioned = events.get(events.size() - 1);

        assertThat(added.type()).isEqualTo(EventType.ACCOUNT_TERMINAL_ADD);
        assertThat(added.data()).contains("\"status\":\"PENDING\"");
        assertThat(provisioned.type()).isEqualTo(EventType.ACCOUNT_TERMINAL_UPDATE);
        assertThat(provisioned.previous()).isEqualTo("{\"status\":\"PENDING\"}");
    }

    @Test
    void a_refused_change_records_nothing() {
        activeSeller(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER);
        var store = store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER);
        long before = all().size();

        refusal(ErrorCode.PRECONDITION_FAILED, () -> onboard.updateStore().update(UpdateStoreCommand.builder()
                .account(Seed.ACCOUNT).store(store.serverId()).expectedVersion(store.version() + 5).storeName("Late").build()));
        refusal(ErrorCode.INVALID_CASE_TRANSITION, () -> act(Seed.ACCOUNT, Seed.SELLER, CaseAction.SIGN));

        assertThat(all()).hasSize((int) before);
    }

    @Test
    void a_change_whose_event_cannot_be_written_does_not_happen() {
        InMemoryStorage memory = InMemoryStorage.create();
        OnboardingStorage real = memory.onboarding();
        Events broken = (Events) Proxy.newProxyInstance(Events.class.getClassLoader(), new Class<?>[] {Events.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("append")) {
                        throw new IllegalStateException("the disk is full");
                    }
                    try {
                        return method.invoke(real.events(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        OnboardingStorage failing = new OnboardingStorage(real.accounts(), real.payoutDestinations(), real.stores(),
                real.terminals(), real.sequences(), real.sessions(), broken, real.transactions());
        Onboard withoutEvents = Onboard.builder(failing).clock(clock).eventPayloads(new TestEventPayloads()).build();
        withoutEvents.createAccount().create(new CreateAccountCommand(
                Seed.ACCOUNT.value(), "Account"));

        assertThatThrownBy(() -> withoutEvents.applyForPayoutDestination().apply(
                Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, null)))
                .hasMessageContaining("the disk is full");

        assertThat(real.payoutDestinations().find(Seed.ACCOUNT, new PayoutDestinationId(Seed.SELLER)))
                .as("no change without its event").isEmpty();
    }

    @Test
    void a_registration_reads_its_store_once_and_its_event_shows_that_store() {
        InMemoryStorage memory = InMemoryStorage.create();
        OnboardingStorage real = memory.onboarding();
        AtomicInteger storeReads = new AtomicInteger();
        Stores counted = (Stores) Proxy.newProxyInstance(Stores.class.getClassLoader(), new Class<?>[] {Stores.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("find")) {
                        storeReads.incrementAndGet();
                    }
                    try {
                        return method.invoke(real.stores(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        OnboardingStorage counting = new OnboardingStorage(real.accounts(), real.payoutDestinations(), counted,
                real.terminals(), real.sequences(), real.sessions(), real.events(), real.transactions());
        Onboard onboarding = Onboard.builder(counting).clock(clock).eventPayloads(new TestEventPayloads()).build();
        onboarding.createAccount().create(new CreateAccountCommand(Seed.ACCOUNT.value(), "Account"));
        onboarding.applyForPayoutDestination().apply(
                Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE"));
        var store = onboarding.createStore().create(Requests.store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER, null));

        storeReads.set(0);
        onboarding.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, Seed.SERIAL, Seed.STORE_ID));
        Event added = onboarding.listEvents().list(ListEventsQuery.builder(Seed.ACCOUNT).limit(100).build()).items().stream()
                .filter(e -> e.type() == EventType.ACCOUNT_TERMINAL_ADD).findFirst().orElseThrow();

        assertThat(storeReads).as("the event's view reuses the store the registration read").hasValue(1);
        assertThat(added.data()).contains("\"store\":\"" + store.serverId().value() + "\"");

        storeReads.set(0);
        onboarding.getTerminal().get(Seed.ACCOUNT, added.resourceId());
        onboarding.getTerminal().get(Seed.ACCOUNT, added.resourceId());
        assertThat(storeReads).as("outside a transaction every read goes to the storage").hasValue(2);
    }

    @Test
    void each_account_sees_only_its_own_events() {
        activeSeller(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER);
        activeSeller(Seed.OTHER_ACCOUNT, "theirs", Seed.OTHER_ORGANIZATION_NUMBER);

        Page<Event> theirs = onboard.listEvents().list(ListEventsQuery.builder(Seed.OTHER_ACCOUNT).limit(100).build());
        String ours = all().get(0).id().value();

        assertThat(theirs.items()).extracting(Event::resourceId).containsOnly("theirs");
        assertThat(theirs.items()).extracting(Event::sequence).startsWith(1L);
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getEvent().get(Seed.OTHER_ACCOUNT, ours));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getEvent().get(Seed.ACCOUNT, "evt_not-an-id"));
    }

    @Test
    void events_older_than_thirty_days_are_purged_a_batch_at_a_time_and_newer_ones_kept() {
        activeSeller(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER);
        for (int i = 0; i < PurgeOldEventsService.BATCH + 20; i++) {
            store(Seed.ACCOUNT, "old-" + i, Seed.SELLER);
        }
        List<Event> old = everything();
        clock.advance(PurgeOldEventsUseCase.KEPT.plusMillis(1));
        var recent = store(Seed.ACCOUNT, "recent", Seed.SELLER);

        int purged = onboard.purgeOldEvents().purge();

        assertThat(old).hasSizeGreaterThan(PurgeOldEventsService.BATCH);
        assertThat(purged).isEqualTo(old.size());
        assertThat(everything()).extracting(Event::resourceId).containsExactly(recent.serverId().value());
        assertThat(onboard.purgeOldEvents().purge()).isZero();
    }

    /** Every event of the account, page after page. */
    private List<Event> everything() {
        List<Event> events = new java.util.ArrayList<>();
        ListEventsQuery query = ListEventsQuery.builder(Seed.ACCOUNT).limit(100).build();
        for (Page<Event> page = onboard.listEvents().list(query); ; page = onboard.listEvents().list(query)) {
            events.addAll(page.items());
            if (page.next().isEmpty()) {
                return events;
            }
            query = query.after(page.next().get());
        }
    }

    private List<Event> all() {
        return onboard.listEvents().list(ListEventsQuery.builder(Seed.ACCOUNT).limit(100).build()).items();
    }
}
