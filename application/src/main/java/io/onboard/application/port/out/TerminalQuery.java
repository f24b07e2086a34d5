package io.onboard.application.port.out;

import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of one account's terminals, with every filter of SPEC 6 (all optional, combined with AND).
 * {@code search} matches a substring of the terminal id, serial number or label, ignoring case. Deleted
 * terminals are listed only when the status filter asks for {@code DELETED}.
 */
public record TerminalQuery(AccountId account, Optional<StoreServerId> store, Optional<PayoutDestinationId> payoutDestination,
                            Optional<TerminalStatus> status, Optional<DeviceModel> model,
                            Optional<SerialNumber> serialNumber, Optional<TerminalId> terminalId,
                            Optional<String> search, PageRequest page) {
    public TerminalQuery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(payoutDestination, "payoutDestination");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(page, "page");
    }

    /** All of an account's terminals that are not deleted, a page at a time. */
    public static TerminalQuery all(AccountId account, PageRequest page) {
        return new TerminalQuery(account, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), page);
    }
}
