package com.example.pos.storage;

import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.TerminalQuery;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The POS's terminals, with a unique index on the serial numbers of live terminals across all accounts. */
final class PosTerminals implements Terminals {
    private static final RowType<TerminalId, Terminal> TERMINAL = new RowType<>(
            "terminal", Terminal::terminalId, Terminal::accountId, Ordering::of, Terminal::version, Terminal::storedAt);

    private final PosTransactions transactions;
    private final Stores stores;
    private final CreationOrderTable<TerminalId, Terminal> terminals;
    /** A device is in one place at a time; removing its terminal frees the serial for a new registration. */
    private final UndoableMap<SerialNumber, TerminalId> liveSerials;

    PosTerminals(PosTransactions transactions, Stores stores) {
        this.transactions = transactions;
        this.stores = stores;
        this.terminals = new CreationOrderTable<>(TERMINAL, transactions);
        this.liveSerials = new UndoableMap<>(new HashMap<>(), transactions);
    }

    @Override
    public Terminal add(Terminal terminal) {
        return transactions.inTransaction(() -> indexSerial(terminals.insert(terminal)));
    }

    @Override
    public Terminal update(Terminal terminal) {
        return transactions.inTransaction(() -> indexSerial(terminals.update(terminal)));
    }

    /** Claims the serial for a live terminal, frees it for a removed one; an undone write undoes this too. */
    private Terminal indexSerial(Terminal stored) {
        Optional<TerminalId> holder = liveSerials.get(stored.serialNumber());
        boolean heldByOther = holder.isPresent() && !holder.get().equals(stored.terminalId());
        if (stored.isDeleted()) {
            if (holder.isPresent() && !heldByOther) {
                liveSerials.remove(stored.serialNumber());
            }
        } else if (heldByOther) {
            throw new ConflictException(ErrorCode.DUPLICATE_SERIAL_NUMBER,
                    "a device with serial number " + stored.serialNumber() + " is already registered as " + holder.get());
        } else {
            liveSerials.put(stored.serialNumber(), stored.terminalId());
        }
        return stored;
    }

    @Override
    public Optional<Terminal> find(TerminalId id) {
        return transactions.read(() -> terminals.find(id));
    }

    @Override
    public Optional<Terminal> findLiveBySerialNumber(SerialNumber serialNumber) {
        return transactions.read(() -> liveSerials.get(serialNumber).flatMap(terminals::find));
    }

    @Override
    public long countLiveIn(StoreServerId store) {
        return transactions.read(() -> terminals.of(store.accountId())
                .filter(terminal -> !terminal.isDeleted() && terminal.storeId().equals(store)).count());
    }

    @Override
    public long countLiveLinkedTo(AccountId account, PayoutDestinationId seller) {
        return transactions.read(() -> {
            Set<StoreServerId> sellersStores = storesOf(account, seller);
            return terminals.of(account)
                    .filter(terminal -> !terminal.isDeleted() && sellersStores.contains(terminal.storeId())).count();
        });
    }

    @Override
    public Page<Terminal> list(TerminalQuery query) {
        return transactions.read(() -> terminals.page(query.account(), query.page(), TerminalFilter.of(query,
                query.payoutDestination().map(seller -> storesOf(query.account(), seller)))));
    }

    /** The stores a seller has now: a terminal follows its store when the store is linked to another seller. */
    private Set<StoreServerId> storesOf(AccountId account, PayoutDestinationId seller) {
        return stores.linkedTo(account, seller).stream().map(Store::id).collect(Collectors.toSet());
    }
}
