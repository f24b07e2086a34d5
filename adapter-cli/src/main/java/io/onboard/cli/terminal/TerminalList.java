package io.onboard.cli.terminal;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.PageOptions;
import io.onboard.cli.console.Table;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.ListResponses;
import io.onboard.representation.TerminalResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard terminal list}. */
@Command(name = "list", sortOptions = false,
        description = "List the account's terminals in registration order, a page at a time; filters combine.")
final class TerminalList implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--store", paramLabel = "<store>", description = "Only terminals of this store (server id or store_id).")
    private String store;

    @Option(names = "--seller", paramLabel = "<payout_destination_id>", description = "Only terminals in stores of this seller.")
    private String seller;

    @Option(names = "--status", paramLabel = "<status>",
            description = "Only terminals in this status: PENDING, ACTIVE, ERROR, ACTION_REQUIRED, INACTIVE or DELETED.")
    private String status;

    @Option(names = "--model", paramLabel = "<device_model>", description = "Only terminals of this device model.")
    private String model;

    @Option(names = "--serial", paramLabel = "<device_serial_number>", description = "Only the terminal with this serial number.")
    private String serial;

    @Option(names = "--terminal-id", paramLabel = "<terminal_id>", description = "Only the terminal with this terminal_id.")
    private String terminalId;

    @Option(names = "--search", paramLabel = "<text>", description = "Only terminals whose terminal_id, serial number or "
            + "label contains this text.")
    private String search;

    @Option(names = "--include-store", description = "Add each terminal's store id, store_id and name (as includes=store does).")
    private boolean includeStore;

    @Mixin
    private PageOptions page;

    @Mixin
    private Output output;

    TerminalList(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        Page<TerminalView> terminals = useCases.listTerminals().list(new ListTerminalsQuery(account.id(), page.limit(),
                page.startingAfter(), store, seller, status, model, serial, terminalId, search));
        output.print(ListResponses.terminals(terminals, includeStore), out -> {
            Table table = Table.of("TERMINAL_ID", "DEVICE_SERIAL_NUMBER", "DEVICE_MODEL", "STORE_ID", "STATUS",
                    "STATUS_REASON", "LABEL");
            terminals.items().stream().map(t -> TerminalResponse.from(t, false)).forEach(t -> table.row(t.terminalId(),
                    t.deviceSerialNumber(), t.deviceModel(), t.storeId(), t.status(), t.statusReason(), t.label()));
            table.print(out);
            PageOptions.printNext(out, terminals);
        });
    }
}
