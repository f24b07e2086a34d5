package io.onboard.http;

import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.domain.access.Scope;
import io.onboard.representation.ListResponses;
import io.onboard.representation.ReadinessResponse;
import io.onboard.representation.TerminalRequest;
import io.onboard.representation.TerminalResponse;
import io.onboard.representation.TerminalUpdateRequest;
import java.util.List;

/** Terminals: registration, reads ({@code includes=store}), changes, removal, provisioning retry and readiness. */
final class TerminalEndpoints {
    static final String TERMINALS = "/v1/accounts/{aid}/terminals";
    static final String TERMINAL = TERMINALS + "/{terminal_id}";

    private final UseCases useCases;

    TerminalEndpoints(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(Router router) {
        router.post(TERMINALS, Scope.WRITE_ACCOUNTS, this::register);
        router.get(TERMINALS, Scope.READ_ACCOUNTS, this::list);
        router.get(TERMINAL, Scope.READ_ACCOUNTS, this::get);
        router.put(TERMINAL, Scope.WRITE_ACCOUNTS, this::update);
        router.delete(TERMINAL, Scope.WRITE_ACCOUNTS, this::remove);
        router.post(TERMINAL + "/sync", Scope.WRITE_ACCOUNTS, this::sync);
        router.get(TERMINAL + "/readiness", Scope.READ_ACCOUNTS, this::readiness);
    }

    private Reply register(Call call) {
        boolean includeStore = Queries.includesStore(call);
        TerminalView view = useCases.registerTerminal().register(call.body(TerminalRequest.class).toCommand(call.account()));
        return Reply.created(TerminalResponse.from(view, includeStore), view.version(),
                call.pathTo(TERMINALS, view.terminalId().value()));
    }

    private Reply list(Call call) {
        boolean includeStore = Queries.includesStore(call);
        var page = useCases.listTerminals().list(new ListTerminalsQuery(call.account(), Queries.limit(call),
                call.query("starting_after"), call.query("store_id"), call.query("payout_destination_id"),
                call.query("status"), call.query("device_model"), call.query("device_serial_number"),
                call.query("terminal_id"), call.query("search")));
        return Reply.ok(ListResponses.terminals(page, includeStore));
    }

    private Reply get(Call call) {
        boolean includeStore = Queries.includesStore(call);
        return one(useCases.getTerminal().get(call.account(), call.path("terminal_id")), includeStore);
    }

    /** A terminal is shown with or without its store, so an If-Match may name either representation. */
    private List<Reply> current(Call call) {
        TerminalView view = useCases.getTerminal().get(call.account(), call.path("terminal_id"));
        return List.of(one(view, false), one(view, true));
    }

    private Reply update(Call call) {
        boolean includeStore = Queries.includesStore(call);
        Long expected = call.expectedVersion(() -> current(call));
        TerminalUpdateRequest request = call.body(TerminalUpdateRequest.class);
        return one(useCases.updateTerminal().update(request.toCommand(call.account(), call.path("terminal_id"), expected)),
                includeStore);
    }

    private Reply remove(Call call) {
        boolean includeStore = Queries.includesStore(call);
        Long expected = call.expectedVersion(() -> current(call));
        call.noBody();
        return one(useCases.removeTerminal().remove(new TerminalCommand(call.account(), call.path("terminal_id"), expected)),
                includeStore);
    }

    private Reply sync(Call call) {
        boolean includeStore = Queries.includesStore(call);
        Long expected = call.expectedVersion(() -> current(call));
        call.noBody();
        return one(useCases.syncTerminal().sync(new TerminalCommand(call.account(), call.path("terminal_id"), expected)),
                includeStore);
    }

    private Reply readiness(Call call) {
        return Reply.ok(ReadinessResponse.from(useCases.checkReadiness().check(call.account(), call.path("terminal_id"))));
    }

    private static Reply one(TerminalView view, boolean includeStore) {
        return Reply.ok(TerminalResponse.from(view, includeStore), view.terminal().version());
    }
}
