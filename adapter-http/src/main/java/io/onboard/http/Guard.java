package io.onboard.http;

import io.javalin.http.Context;
import io.onboard.application.port.in.access.AuthenticateUseCase;
import io.onboard.domain.access.Caller;
import io.onboard.domain.access.Scope;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Shown;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;
import java.util.Locale;

/**
 * Lets a request through only with a valid bearer token ({@code 401} otherwise), of the account named in the
 * path ({@code 403 ACCOUNT_MISMATCH}), holding the scope the call needs ({@code 403 INSUFFICIENT_SCOPE}).
 * Calls without an account in the path act for the token's account.
 */
final class Guard {
    private final AuthenticateUseCase authenticate;

    Guard(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    Call admit(Context ctx, Scope needed) {
        Caller caller = authenticate.authenticate(bearerToken(ctx.header("Authorization")));
        String aid = ctx.pathParamMap().get("aid");
        if (aid != null && !aid.equals(caller.accountId().value())) {
            throw new AccessDeniedException(ErrorCode.ACCOUNT_MISMATCH,
                    "this token belongs to account " + caller.accountId() + ", not " + Shown.of(aid));
        }
        AccountId account = caller.accountId();
        caller.require(account, needed);
        return new Call(ctx, caller, account);
    }

    /** The token of {@code Authorization: Bearer <token>}, or null when the header is missing or another scheme. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        return authorization.substring(7).strip();
    }
}
