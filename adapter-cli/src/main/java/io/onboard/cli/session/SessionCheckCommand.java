package io.onboard.cli.session;

import io.onboard.application.port.in.session.CheckSessionCommand;
import io.onboard.application.port.in.session.SessionCheck;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.ReadinessTable;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.ErrorResponse;
import io.onboard.representation.ReadinessResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard session check}: would a session for this target be accepted? */
@Command(name = "check", sortOptions = false,
        description = {"Tell whether a checkout session naming this store, terminal and seller (order.store) would be "
                + "accepted, by the same rules as creating one, without creating it: the store must exist "
                + "(STORE_NOT_FOUND), hold the terminal (TERMINAL_NOT_IN_STORE), be linked to the seller "
                + "(PAYOUT_DESTINATION_MISMATCH), and the terminal must be enrolled (TERMINAL_NOT_ENROLLED).",
            "Prints every enrollment check. Exits 0 when a session would be accepted, 1 with the refusal's code when not."})
final class SessionCheckCommand implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--store", required = true, paramLabel = "<store_id>",
            description = "The merchant store_id the session names (order.store.id); not the server id.")
    private String store;

    @Option(names = "--terminal", required = true, paramLabel = "<terminal_id>",
            description = "The terminal the session drives (order.store.terminal_id), e.g. T11223351-T0001.")
    private String terminal;

    @Option(names = "--payout-destination", required = true, paramLabel = "<payout_destination_id>",
            description = "The seller of record (order.store.payout_destination_id).")
    private String payoutDestination;

    @Mixin
    private Output output;

    SessionCheckCommand(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        SessionCheck check = useCases.checkSession().check(
                new CheckSessionCommand(account.id(), store, terminal, payoutDestination));
        ReadinessResponse readiness = ReadinessResponse.from(check.readiness());
        output.print(new SessionCheckResponse(check.accepted(),
                check.refusal().map(refusal -> ErrorResponse.from(refusal).error()).orElse(null), readiness), out -> {
            out.println(check.accepted() ? "A session for this target would be accepted."
                    : "A session for this target would be refused.");
            ReadinessTable.print(out, readiness);
        });
        check.refusal().ifPresent(refusal -> {
            throw refusal;
        });
    }
}
