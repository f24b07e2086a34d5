package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventPayloads;
import io.onboard.application.port.out.Events;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Operations;
import io.onboard.application.paging.PageRequest;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.application.port.out.PayoutDestinationQuery;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.application.port.out.Sessions;
import io.onboard.application.port.out.StoreQuery;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.TerminalQuery;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The storage as the use cases write it: every write of a seller, store, terminal or session also appends its
 * event (SPEC 9) in the same transaction, with the resource as its GET shows it after the change and the old
 * values of what changed. Recording at the one place every change passes, rather than in each use case, is what
 * keeps "no change without its event" true for use cases yet to be written.
 */
final class EventRecording {
    private final OnboardingStorage storage;
    private final EventPayloads payloads;
    private final Clock clock;
    private final SellerViews sellerViews;
    private final StoreViews storeViews;
    private final RecordedStores recordedStores;
    private final TerminalViews terminalViews;
    /**
     * The stores read or written in the thread's open transaction, by server id. While it is open nothing else
     * changes them (it holds the write lock, and every store write passes through {@link RecordedStores}), so a
     * terminal's event reuses the store its use case read instead of reading it again: a registration then reads its
     * store once.
     */
    private final ThreadLocal<Map<StoreServerId, Store>> storesSeen = new ThreadLocal<>();

    private EventRecording(OnboardingStorage storage, EventPayloads payloads, Clock clock) {
        this.storage = storage;
        this.payloads = payloads;
        this.clock = clock;
        this.sellerViews = new SellerViews(storage.stores(), storage.terminals());
        this.storeViews = new StoreViews(storage.payoutDestinations(), storage.terminals());
        this.recordedStores = new RecordedStores();
        this.terminalViews = new TerminalViews(recordedStores);
    }

    /** {@code storage} with its writes recorded as events in its own {@link Events}. */
    static OnboardingStorage around(OnboardingStorage storage, EventPayloads payloads, Clock clock) {
        EventRecording recording = new EventRecording(storage, payloads, clock);
        return new OnboardingStorage(storage.accounts(), recording.new RecordedSellers(), recording.recordedStores,
                recording.new RecordedTerminals(), storage.sequences(), recording.new RecordedSessions(), storage.events(),
                recording.new SeeingTransactions(), storage.enrollmentChains());
    }

    /** {@code operations} with each start and each status change recorded as a {@code terminal_operation_update}. */
    static Operations around(Operations operations, OnboardingStorage storage, EventPayloads payloads, Clock clock) {
        return new EventRecording(storage, payloads, clock).new RecordedOperations(operations);
    }

    private <T> T inTransaction(Supplier<T> work) {
        Transactions transactions = storage.transactions();
        return transactions.inTransaction(work);
    }

    /** The storage's transactions, each with its own {@link #storesSeen} while it is open. */
    private final class SeeingTransactions implements Transactions {
        private final Transactions transactions = storage.transactions();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (storesSeen.get() != null) {
                return transactions.inTransaction(work);
            }
            storesSeen.set(new HashMap<>());
            try {
                return transactions.inTransaction(work);
            } finally {
                storesSeen.remove();
            }
        }

        @Override
        public <T> T reading(Supplier<T> work) {
            return transactions.reading(work);
        }
    }

    /** {@code store}, remembered for the rest of the thread's open transaction if there is one. */
    private Store seen(Store store) {
        Map<StoreServerId, Store> seen = storesSeen.get();
        if (seen != null) {
            seen.put(store.id(), store);
        }
        return store;
    }

    /** Appends the event of a change, unless the resource shows the same as before (a version bump alone). */
    private void record(EventType type, AccountId account, String resourceId, String before, String after) {
        if (after.equals(before)) {
            return;
        }
        String previous = before == null ? "{}" : payloads.previous(before, after);
        Instant now = clock.now();
        storage.events().append(new Event(EventId.at(now, ThreadLocalRandom.current()), type, account, now, 0,
                resourceId, after, previous));
    }

    private final class RecordedSellers implements PayoutDestinations {
        private final PayoutDestinations sellers = storage.payoutDestinations();

        @Override
        public PayoutDestination add(PayoutDestination seller) {
            return inTransaction(() -> {
                PayoutDestination added = sellers.add(seller);
                record(EventType.APPROVAL_PAYOUT_DESTINATION_ADD, added.accountId(), added.id().value(), null,
                        payloads.of(sellerViews.of(added)));
                return added;
            });
        }

        @Override
        public PayoutDestination update(PayoutDestination seller) {
            return inTransaction(() -> {
                Optional<PayoutDestinationView> before = sellers.find(seller.accountId(), seller.id()).map(sellerViews::of);
                PayoutDestination updated = sellers.update(seller);
                // a seller's own change moves none of its counts: the view after reuses them rather than count again
                PayoutDestinationView after = before.map(view -> new PayoutDestinationView(updated, view.numberOfStores(),
                        view.numberOfTerminals())).orElseGet(() -> sellerViews.of(updated));
                record(EventType.APPROVAL_PAYOUT_DESTINATION_UPDATE, updated.accountId(), updated.id().value(),
                        before.map(payloads::of).orElse(null), payloads.of(after));
                return updated;
            });
        }

        @Override
        public Optional<PayoutDestination> find(AccountId account, PayoutDestinationId id) {
            return sellers.find(account, id);
        }

        @Override
        public Optional<PayoutDestination> findByOrganizationNumber(AccountId account, OrganizationNumber number) {
            return sellers.findByOrganizationNumber(account, number);
        }

        @Override
        public Page<PayoutDestination> list(PayoutDestinationQuery query) {
            return sellers.list(query);
        }
    }

    private final class RecordedStores implements Stores {
        private final Stores stores = storage.stores();

        @Override
        public Store add(Store store) {
            return inTransaction(() -> {
                Store added = seen(stores.add(store));
                record(EventType.ACCOUNT_STORE_ADD, added.accountId(), added.id().value(), null,
                        payloads.of(storeViews.of(added)));
                return added;
            });
        }

        @Override
        public Store update(Store store) {
            return inTransaction(() -> {
                Optional<Store> stored = stores.find(store.id());
                Optional<StoreView> before = stored.map(storeViews::of);
                Store updated = seen(stores.update(store));
                // the terminal count does not move with the store's own change, nor the seller unless it is relinked
                StoreView after = before.filter(view -> view.store().payoutDestinationId().equals(updated.payoutDestinationId()))
                        .map(view -> new StoreView(updated, view.seller(), view.numberOfTerminals()))
                        .orElseGet(() -> storeViews.of(updated));
                boolean deleted = updated.isDeleted() && stored.map(s -> !s.isDeleted()).orElse(false);
                record(deleted ? EventType.ACCOUNT_STORE_DELETE : EventType.ACCOUNT_STORE_UPDATE, updated.accountId(),
                        updated.id().value(), before.map(payloads::of).orElse(null), payloads.of(after));
                return updated;
            });
        }

        @Override
        public Optional<Store> find(StoreServerId id) {
            Map<StoreServerId, Store> seen = storesSeen.get();
            Store known = seen == null ? null : seen.get(id);
            return known != null ? Optional.of(known) : stores.find(id).map(EventRecording.this::seen);
        }

        @Override
        public Optional<Store> findByStoreId(AccountId account, StoreId storeId) {
            return stores.findByStoreId(account, storeId).map(EventRecording.this::seen);
        }

        @Override
        public List<Store> linkedTo(AccountId account, PayoutDestinationId seller) {
            return stores.linkedTo(account, seller);
        }

        @Override
        public long countLinkedTo(AccountId account, PayoutDestinationId seller) {
            return stores.countLinkedTo(account, seller);
        }

        @Override
        public Page<Store> list(StoreQuery query) {
            return stores.list(query);
        }
    }

    private final class RecordedTerminals implements Terminals {
        private final Terminals terminals = storage.terminals();

        @Override
        public Terminal add(Terminal terminal) {
            return inTransaction(() -> {
                Terminal added = terminals.add(terminal);
                record(EventType.ACCOUNT_TERMINAL_ADD, added.accountId(), added.terminalId().value(), null,
                        payloads.of(terminalViews.of(added)));
                return added;
            });
        }

        @Override
        public Terminal update(Terminal terminal) {
            return inTransaction(() -> {
                Optional<Terminal> stored = terminals.find(terminal.terminalId());
                Optional<TerminalView> before = stored.map(terminalViews::of);
                Terminal updated = terminals.update(terminal);
                // the store read for the view before serves the view after, unless the terminal moved
                TerminalView after = before.filter(view -> view.store().id().equals(updated.storeId()))
                        .map(view -> new TerminalView(updated, view.store())).orElseGet(() -> terminalViews.of(updated));
                boolean removed = updated.isDeleted() && stored.map(t -> !t.isDeleted()).orElse(false);
                record(removed ? EventType.ACCOUNT_TERMINAL_DELETE : EventType.ACCOUNT_TERMINAL_UPDATE,
                        updated.accountId(), updated.terminalId().value(), before.map(payloads::of).orElse(null),
                        payloads.of(after));
                return updated;
            });
        }

        @Override
        public Optional<Terminal> find(TerminalId id) {
            return terminals.find(id);
        }

        @Override
        public Optional<Terminal> findLiveBySerialNumber(SerialNumber serialNumber) {
            return terminals.findLiveBySerialNumber(serialNumber);
        }

        @Override
        public long countLiveIn(StoreServerId store) {
            return terminals.countLiveIn(store);
        }

        @Override
        public long countLiveLinkedTo(AccountId account, PayoutDestinationId seller) {
            return terminals.countLiveLinkedTo(account, seller);
        }

        @Override
        public Page<Terminal> list(TerminalQuery query) {
            return terminals.list(query);
        }
    }

    private final class RecordedOperations implements Operations {
        private final Operations operations;

        RecordedOperations(Operations operations) {
            this.operations = operations;
        }

        @Override
        public TerminalOperation add(TerminalOperation operation) {
            return inTransaction(() -> {
                TerminalOperation added = operations.add(operation);
                record(EventType.TERMINAL_OPERATION_UPDATE, added.accountId(), added.id().value(), null, payloads.of(added));
                return added;
            });
        }

        /** An update that changes no status (handing the operation to its device) is no event. */
        @Override
        public TerminalOperation update(TerminalOperation operation) {
            return inTransaction(() -> {
                Optional<TerminalOperation> before = operations.find(operation.accountId(), operation.id());
                TerminalOperation updated = operations.update(operation);
                if (before.map(b -> b.status() != updated.status()).orElse(true)) {
                    record(EventType.TERMINAL_OPERATION_UPDATE, updated.accountId(), updated.id().value(),
                            before.map(payloads::of).orElse(null), payloads.of(updated));
                }
                return updated;
            });
        }

        @Override
        public Optional<TerminalOperation> find(AccountId account, OperationId id) {
            return operations.find(account, id);
        }

        @Override
        public Optional<TerminalOperation> pendingOn(TerminalId terminal) {
            return operations.pendingOn(terminal);
        }

        @Override
        public Page<TerminalOperation> list(TerminalId terminal, PageRequest page) {
            return operations.list(terminal, page);
        }

        @Override
        public List<TerminalOperation> due(Instant now, int limit) {
            return operations.due(now, limit);
        }
    }

    private final class RecordedSessions implements Sessions {
        private final Sessions sessions = storage.sessions();

        @Override
        public void add(TerminalSession session) {
            inTransaction(() -> {
                sessions.add(session);
                record(EventType.CHECKOUT_SESSION_ADD, session.accountId(), session.id().value(), null,
                        payloads.of(session));
                return null;
            });
        }

        @Override
        public Optional<TerminalSession> find(SessionId id) {
            return sessions.find(id);
        }
    }
}
