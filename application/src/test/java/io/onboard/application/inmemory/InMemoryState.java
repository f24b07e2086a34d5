package io.onboard.application.inmemory;

import io.onboard.application.port.out.IdempotencyRecord;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.SubscriptionProgress;
import io.onboard.domain.event.EventId;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import java.util.HashMap;
import io.onboard.application.port.out.PendingProvisioning;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tables of the in-memory database. */
final class InMemoryState {
    final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    final Map<String, ApiClient> clients = new HashMap<>();
    final Map<SecretHash, AccessToken> tokens = new HashMap<>();
    final Map<String, PayoutDestination> sellers = new LinkedHashMap<>();
    final Map<StoreServerId, Store> stores = new LinkedHashMap<>();
    final Map<TerminalId, Terminal> terminals = new LinkedHashMap<>();
    final Map<String, Long> sequences = new HashMap<>();
    final Map<SessionId, TerminalSession> sessions = new HashMap<>();
    final Map<String, IdempotencyRecord> idempotency = new HashMap<>();
    final Map<EventId, Event> events = new LinkedHashMap<>();
    final Map<AccountId, Long> lastEvent = new HashMap<>();
    final Map<SubscriptionId, Subscription> subscriptions = new LinkedHashMap<>();
    final Map<DeliveryId, Delivery> deliveries = new LinkedHashMap<>();
    final Map<SubscriptionId, SubscriptionProgress> progress = new HashMap<>();
    final Map<OperationId, TerminalOperation> operations = new LinkedHashMap<>();
    final Map<TerminalId, PendingProvisioning> provisionings = new LinkedHashMap<>();

    InMemoryState copy() {
        InMemoryState copy = new InMemoryState();
        copy.accounts.putAll(accounts);
        copy.clients.putAll(clients);
        copy.tokens.putAll(tokens);
        copy.sellers.putAll(sellers);
        copy.stores.putAll(stores);
        copy.terminals.putAll(terminals);
        copy.sequences.putAll(sequences);
        copy.sessions.putAll(sessions);
        copy.idempotency.putAll(idempotency);
        copy.events.putAll(events);
        copy.lastEvent.putAll(lastEvent);
        copy.subscriptions.putAll(subscriptions);
        copy.deliveries.putAll(deliveries);
        copy.progress.putAll(progress);
        copy.operations.putAll(operations);
        copy.provisionings.putAll(provisionings);
        return copy;
    }

    static String key(AccountId account, String id) {
        return account.value() + "/" + id;
    }
}
