package io.onboard.cli.terminal;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.ReadinessTable;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.ReadinessResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal readiness <terminal_id>}. */
@Command(name = "readiness", description = {"Tell whether a terminal is enrolled, with every check of its chain (not "
        + "only the first failure): TERMINAL_NOT_FOUND, TERMINAL_NOT_ACTIVE, STORE_NOT_ACTIVE, STORE_NOT_LINKED, "
        + "PAYOUT_DESTINATION_NOT_ACTIVE, ORGANIZATION_MISMATCH.",
    "Exits 0 whether enrolled or not: it is a report. To gate a script on it, use 'session check'."})
final class TerminalReadiness implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Mixin
    private Output output;

    TerminalReadiness(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        ReadinessResponse readiness = ReadinessResponse.from(useCases.checkReadiness().check(account.id(), terminalId));
        output.print(readiness, out -> ReadinessTable.print(out, readiness));
    }
}
