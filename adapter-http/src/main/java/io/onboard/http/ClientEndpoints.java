package io.onboard.http;

import io.onboard.application.port.in.access.RevokeApiClientUseCase;
import io.onboard.domain.access.Scope;
import io.onboard.representation.AccessResponses.Client;

/** The account's API clients, for its administrators (SPEC 11): revoking one. */
final class ClientEndpoints {
    static final String CLIENT = "/v1/accounts/{aid}/auth/clients/{client_id}";

    private final RevokeApiClientUseCase revoke;

    ClientEndpoints(RevokeApiClientUseCase revoke) {
        this.revoke = revoke;
    }

    void register(Router router) {
        router.delete(CLIENT, Scope.ADMIN_ACCOUNTS, this::revoke);
    }

    private Reply revoke(Call call) {
        call.noBody();
        return Reply.ok(Client.from(revoke.revoke(call.account(), call.path("client_id"))));
    }
}
