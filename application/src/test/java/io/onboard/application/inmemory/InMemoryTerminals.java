package io.onboard.application.inmemory;

import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.TerminalQuery;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** In-memory terminals. */
final class InMemoryTerminals implements Terminals {
    private final InMemoryDatabase db;

    InMemoryTerminals(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Terminal add(Terminal terminal) {
        return db.read(s -> {
            if (s.terminals.containsKey(terminal.terminalId())) {
                throw new IllegalStateException("terminal id " + terminal.terminalId() + " was handed out twice");
            }
            requireSerialFree(s, terminal);
            Terminal stored = terminal.storedAt(1);
            s.terminals.put(terminal.terminalId(), stored);
            return stored;
        });
    }

    @Override
    public Terminal update(Terminal terminal) {
        return db.read(s -> {
            Terminal current = s.terminals.get(terminal.terminalId());
            if (current == null) {
                throw new NotFoundException("terminal", terminal.terminalId().value());
            }
            InMemoryDatabase.requireVersion(current.version(), terminal.version(), "terminal " + terminal.terminalId());
            requireSerialFree(s, terminal);
            Terminal stored = terminal.storedAt(terminal.version() + 1);
            s.terminals.put(terminal.terminalId(), stored);
            return stored;
        });
    }

    private static void requireSerialFree(InMemoryState s, Terminal terminal) {
        boolean taken = !terminal.isDeleted() && s.terminals.values().stream().anyMatch(other -> !other.isDeleted()
                && !other.terminalId().equals(terminal.terminalId()) && other.serialNumber().equals(terminal.serialNumber()));
        if (taken) {
            throw new ConflictException(ErrorCode.DUPLICATE_SERIAL_NUMBER,
                    "a device with serial number " + terminal.serialNumber() + " is already registered");
        }
    }

    @Override
    public Optional<Terminal> find(TerminalId id) {
        return db.read(s -> Optional.ofNullable(s.terminals.get(id)));
    }

    @Override
    public Optional<Terminal> findLiveBySerialNumber(SerialNumber serialNumber) {
        return db.read(s -> s.terminals.values().stream()
                .filter(t -> !t.isDeleted() && t.serialNumber().equals(serialNumber)).findFirst());
    }

    @Override
    public long countLiveIn(StoreServerId store) {
        return db.read(s -> s.terminals.values().stream().filter(t -> !t.isDeleted() && t.storeId().equals(store)).count());
    }

    @Override
    public long countLiveLinkedTo(AccountId account, PayoutDestinationId seller) {
        return db.read(s -> s.terminals.values().stream()
                .filter(t -> !t.isDeleted() && t.accountId().equals(account) && sellerOf(s, t).equals(Optional.of(seller)))
                .count());
    }

    @Override
    public Page<Terminal> list(TerminalQuery q) {
        return db.read(s -> InMemoryDatabase.page(List.copyOf(s.terminals.values()),
                t -> t.accountId().equals(q.account())
                        && q.store().map(t.storeId()::equals).orElse(true)
                        && q.payoutDestination().map(seller -> sellerOf(s, t).equals(Optional.of(seller))).orElse(true)
                        && q.status().map(t.status()::equals).orElse(t.status() != TerminalStatus.DELETED)
                        && q.model().map(t.model()::equals).orElse(true)
                        && q.serialNumber().map(t.serialNumber()::equals).orElse(true)
                        && q.terminalId().map(t.terminalId()::equals).orElse(true)
                        && q.search().map(text -> matches(t, text)).orElse(true),
                Ordering::of, q.page()));
    }

    private static Optional<PayoutDestinationId> sellerOf(InMemoryState s, Terminal terminal) {
        return Optional.ofNullable(s.stores.get(terminal.storeId())).map(Store::payoutDestinationId);
    }

    private static boolean matches(Terminal terminal, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return terminal.terminalId().value().toLowerCase(Locale.ROOT).contains(needle)
                || terminal.serialNumber().value().toLowerCase(Locale.ROOT).contains(needle)
                || terminal.label().map(label -> label.toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
    }
}
