package io.onboard.cli.terminal;

import io.onboard.application.paging.Page;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.PageOptions;
import io.onboard.cli.console.Table;
import io.onboard.cli.console.UseCases;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.representation.ListResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal operation list <terminal_id>}. */
@Command(name = "list", description = "List a terminal's operations in the order started.")
final class OperationList implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Mixin
    private PageOptions page;

    @Mixin
    private Output output;

    OperationList(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        Page<TerminalOperation> operations = useCases.listOperations().list(account.id(), terminalId, page.limit(),
                page.startingAfter());
        output.print(ListResponses.operations(operations), out -> {
            Table table = Table.of("ID", "OPERATION", "STATUS", "CREATED_AT", "COMPLETED_AT", "ERROR");
            operations.items().forEach(o -> table.row(o.id().value(), o.type().wireName(), o.status(), o.createdAt(),
                    o.completedAt().map(Object::toString).orElse(""), o.error().orElse("")));
            table.print(out);
            PageOptions.printNext(out, operations);
        });
    }
}
