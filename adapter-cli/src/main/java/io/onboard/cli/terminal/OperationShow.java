package io.onboard.cli.terminal;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.OperationResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal operation show <terminal_id> <operation_id>}. */
@Command(name = "show", description = "Show one operation as it stands.")
final class OperationShow implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(index = "0", paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Parameters(index = "1", paramLabel = "<operation_id>", description = "The operation's id, op_ and 32 hex digits.")
    private String operationId;

    @Mixin
    private Output output;

    OperationShow(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(OperationResponse.from(useCases.getOperation().get(account.id(), terminalId, operationId)));
    }
}
