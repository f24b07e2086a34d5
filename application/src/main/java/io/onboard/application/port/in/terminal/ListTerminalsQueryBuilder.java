package io.onboard.application.port.in.terminal;

import io.onboard.application.port.in.ListQueryBuilder;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;

/** Builds a {@link ListTerminalsQuery}; every filter named narrows the list. */
public final class ListTerminalsQueryBuilder extends ListQueryBuilder<ListTerminalsQueryBuilder> {
    private final AccountId accountId;
    private String store;
    private String seller;
    private String status;
    private String model;
    private String serialNumber;
    private String terminalId;
    private String search;

    ListTerminalsQueryBuilder(AccountId accountId) {
        this.accountId = accountId;
    }

    @Override
    protected ListTerminalsQueryBuilder self() {
        return this;
    }

    public ListTerminalsQueryBuilder store(StoreServerId store) {
        this.store = store.value();
        return this;
    }

    public ListTerminalsQueryBuilder store(StoreId store) {
        this.store = store.value();
        return this;
    }

    public ListTerminalsQueryBuilder payoutDestination(PayoutDestinationId seller) {
        this.seller = seller.value();
        return this;
    }

    public ListTerminalsQueryBuilder status(TerminalStatus status) {
        this.status = status.name();
        return this;
    }

    public ListTerminalsQueryBuilder model(DeviceModel model) {
        this.model = model.wireName();
        return this;
    }

    public ListTerminalsQueryBuilder serialNumber(SerialNumber serialNumber) {
        this.serialNumber = serialNumber.value();
        return this;
    }

    public ListTerminalsQueryBuilder terminal(TerminalId terminalId) {
        this.terminalId = terminalId.value();
        return this;
    }

    /** A substring of the terminal id, serial number or label. */
    public ListTerminalsQueryBuilder search(String text) {
        this.search = text;
        return this;
    }

    public ListTerminalsQuery build() {
        return new ListTerminalsQuery(accountId, limit, startingAfter, store, seller, status, model, serialNumber,
                terminalId, search);
    }
}
