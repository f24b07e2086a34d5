package io.onboard.http;

import io.onboard.domain.access.Scope;
import io.onboard.domain.session.TerminalSession;
import io.onboard.representation.SessionRequest;
import io.onboard.representation.SessionResponse;

/** Terminal sessions, in the token's account: accepted only for an enrolled terminal of the named store and seller. */
final class SessionEndpoints {
    static final String CREATE = "/v1/sessions-profile";
    static final String SESSION = "/v1/sessions/{id}";

    private final UseCases useCases;

    SessionEndpoints(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(Router router) {
        router.post(CREATE, Scope.WRITE_CHECKOUT, this::create);
        router.get(SESSION, Scope.READ_CHECKOUT, this::get);
    }

    private Reply create(Call call) {
        TerminalSession session = useCases.createSession().create(call.body(SessionRequest.class).toCommand(call.account()));
        return Reply.created(SessionResponse.from(session), SESSION.replace("{id}", session.id().value()));
    }

    private Reply get(Call call) {
        return Reply.ok(SessionResponse.from(useCases.getSession().get(call.account(), call.path("id"))));
    }
}
