package io.onboard.cli.terminal;

import io.onboard.application.port.in.operation.StartOperationCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.ExitCodes;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.domain.operation.OperationStatus;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.representation.OperationResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal operation start <terminal_id> --operation <type> [--wait]}. */
@Command(name = "start", description = {"Start an operation on an ACTIVE terminal; it runs in the background.",
    "With --wait, wait until it is COMPLETED, FAILED or TIMEOUT, saying what it waits for (exit 1 unless COMPLETED)."})
final class OperationStart implements Callable<Integer> {
    /** How long past the deadline --wait keeps waiting for the server's worker to record a timeout. */
    static final Duration GRACE = Duration.ofSeconds(30);
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Option(names = "--operation", required = true, paramLabel = "<type>",
            description = "end_of_day, send_logs, check_update or open_menu.")
    private String operation;

    @Option(names = "--wait", description = "Wait for the result, showing what it waits for.")
    private boolean await;

    @Mixin
    private Output output;

    OperationStart(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public Integer call() throws InterruptedException {
        TerminalOperation current = useCases.startOperation().start(new StartOperationCommand(account.id(), terminalId,
                operation));
        if (await) {
            current = waitForResult(current);
        }
        output.resource(OperationResponse.from(current));
        return !await || current.status() == OperationStatus.COMPLETED ? ExitCodes.DONE : ExitCodes.REJECTED;
    }

    private TerminalOperation waitForResult(TerminalOperation started) throws InterruptedException {
        String said = "";
        TerminalOperation current = started;
        Instant giveUp = started.deadline().plus(GRACE);
        while (current.status() == OperationStatus.PENDING && Instant.now().isBefore(giveUp)) {
            String waiting = current.sentAt().isEmpty()
                    ? "waiting for the server's worker to hand " + current.id() + " to the device"
                    : "waiting for the device's answer (deadline " + current.deadline() + ")";
            if (!waiting.equals(said)) {
                output.err().println(waiting);
                said = waiting;
            }
            Thread.sleep(200);
            current = useCases.getOperation().get(account.id(), terminalId, current.id().value());
        }
        if (current.status() == OperationStatus.PENDING) {
            output.err().println("no result by " + giveUp + ": is the server running? Its worker carries operations out");
        } else if (current.status() != OperationStatus.COMPLETED) {
            output.err().println(current.status() + ": " + current.error().orElse(""));
        }
        return current;
    }
}
