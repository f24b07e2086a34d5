package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.ListTerminalsUseCase;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.TerminalQuery;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Text;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreRef;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.List;
import java.util.Optional;

/** Lists terminals a page at a time with every SPEC 6 filter. */
public final class ListTerminalsService implements ListTerminalsUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Stores stores;
    private final Terminals terminals;
    private final TerminalViews views;
    private final Transactions transactions;

    ListTerminalsService(Stores stores, Terminals terminals, TerminalViews views, Transactions transactions) {
        this.stores = stores;
        this.terminals = terminals;
        this.views = views;
        this.transactions = transactions;
    }

    @Override
    public Page<TerminalView> list(ListTerminalsQuery query) {
        Input in = validator.check(query);
        PageRequest page = Inputs.page(in, query.limit(), query.startingAfter());
        StoreRef storeRef = in.parse("store_id", query.storeId(), StoreRef::parse);
        PayoutDestinationId seller = in.parse("payout_destination_id", query.payoutDestinationId(), PayoutDestinationId::new);
        TerminalStatus status = in.parse("status", query.status(), TerminalStatus::parse);
        DeviceModel model = in.parse("device_model", query.deviceModel(), DeviceModel::parse);
        SerialNumber serial = in.parse("device_serial_number", query.deviceSerialNumber(), SerialNumber::new);
        TerminalId terminalId = in.parse("terminal_id", query.terminalId(), TerminalId::parse);
        String search = in.parse("search", query.search(), v -> Text.optional(v, 100, "search"));
        in.done();
        TerminalQuery filters = new TerminalQuery(query.accountId(), Optional.empty(), Optional.ofNullable(seller),
                Optional.ofNullable(status), Optional.ofNullable(model), Optional.ofNullable(serial),
                Optional.ofNullable(terminalId), Optional.ofNullable(search), page);
        return transactions.reading(() -> list(query.accountId(), storeRef, filters));
    }

    private Page<TerminalView> list(AccountId account, StoreRef storeRef, TerminalQuery filters) {
        Optional<StoreServerId> store = Optional.empty();
        if (storeRef != null) {
            store = stores.find(account, storeRef).map(Store::id);
            if (store.isEmpty()) {
                // A filter naming a store that does not exist matches no terminal.
                return new Page<>(List.of(), Optional.empty());
            }
        }
        return terminals.list(new TerminalQuery(account, store, filters.payoutDestination(), filters.status(),
                filters.model(), filters.serialNumber(), filters.terminalId(), filters.search(), filters.page()))
                .map(views::of);
    }
}
