package io.onboard.http;

import io.onboard.application.port.in.operation.StartOperationCommand;
import io.onboard.domain.access.Scope;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.representation.ListResponses;
import io.onboard.representation.OperationRequest;
import io.onboard.representation.OperationResponse;

/** Operations on a terminal (SPEC 10): started here, carried out in the background, read back until settled. */
final class OperationEndpoints {
    static final String OPERATIONS = TerminalEndpoints.TERMINAL + "/operations";

    private final OperationUseCases useCases;

    OperationEndpoints(OperationUseCases useCases) {
        this.useCases = useCases;
    }

    void register(Router router) {
        router.post(OPERATIONS, Scope.WRITE_ACCOUNTS, this::start);
        router.get(OPERATIONS, Scope.READ_ACCOUNTS, this::list);
        router.get(OPERATIONS + "/{operation_id}", Scope.READ_ACCOUNTS, this::get);
    }

    private Reply start(Call call) {
        OperationRequest request = call.body(OperationRequest.class);
        TerminalOperation started = useCases.start().start(new StartOperationCommand(call.account(),
                call.path("terminal_id"), request.operation()));
        String terminalPath = call.pathTo(TerminalEndpoints.TERMINALS, started.terminalId().value());
        return Reply.accepted(OperationResponse.from(started), terminalPath + "/operations/" + started.id().value());
    }

    private Reply list(Call call) {
        return Reply.ok(ListResponses.operations(useCases.list().list(call.account(), call.path("terminal_id"),
                Queries.limit(call), call.query("starting_after"))));
    }

    private Reply get(Call call) {
        return Reply.ok(OperationResponse.from(useCases.get().get(call.account(), call.path("terminal_id"),
                call.path("operation_id"))));
    }
}
