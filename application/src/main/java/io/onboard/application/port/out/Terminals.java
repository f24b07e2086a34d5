package io.onboard.application.port.out;

import io.onboard.application.paging.Page;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.util.Optional;

/** The terminals of every account. */
public interface Terminals {
    /**
     * Stores a new terminal and returns it as stored (version 1); {@code DUPLICATE_SERIAL_NUMBER} when a
     * terminal that is not deleted already has its serial number, in any account, even under concurrent writers.
     */
    Terminal add(Terminal terminal);

    /** As {@link PayoutDestinations#update}: optimistic, {@code CONCURRENT_MODIFICATION} on a stale version. */
    Terminal update(Terminal terminal);

    Optional<Terminal> find(TerminalId id);

    default Optional<Terminal> find(AccountId account, TerminalId id) {
        return id.accountId().equals(account) ? find(id) : Optional.empty();
    }

    default Terminal get(AccountId account, TerminalId id) {
        return find(account, id).orElseThrow(() -> new NotFoundException("terminal", id.value()));
    }

    /** The terminal that is not deleted and has this serial number, in whichever account. */
    Optional<Terminal> findLiveBySerialNumber(SerialNumber serialNumber);

    /** How many terminals that are not deleted are registered to a store. */
    long countLiveIn(StoreServerId store);

    /** How many terminals that are not deleted sit in stores linked to a seller. */
    long countLiveLinkedTo(AccountId account, PayoutDestinationId seller);

    Page<Terminal> list(TerminalQuery query);
}
