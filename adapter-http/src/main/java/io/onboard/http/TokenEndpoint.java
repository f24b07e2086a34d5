package io.onboard.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.onboard.application.port.in.access.IssueTokenCommand;
import io.onboard.application.port.in.access.IssueTokenUseCase;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.representation.AccessResponses;
import io.onboard.representation.TokenRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code POST /v1/accounts/{aid}/auth/token}: client credentials over HTTP Basic for a bearer token. It takes
 * no {@code Idempotency-Key}: remembering its answer would store a token in clear, and a second token is harmless.
 */
final class TokenEndpoint {
    static final String PATH = "/v1/accounts/{aid}/auth/token";

    private final IssueTokenUseCase issueToken;

    TokenEndpoint(IssueTokenUseCase issueToken) {
        this.issueToken = issueToken;
    }

    void register(RoutesConfig routes) {
        routes.post(PATH, this::issue);
    }

    private void issue(Context ctx) {
        String[] credentials = basicCredentials(ctx.header("Authorization"));
        TokenRequest request = new Call(ctx, null, null).body(TokenRequest.class);
        if (!TokenRequest.CLIENT_CREDENTIALS.equals(request.grantType())) {
            throw HttpError.field("VALIDATION_ERROR", "grant_type", "must be client_credentials");
        }
        var token = issueToken.issue(new IssueTokenCommand(ctx.pathParam("aid"), credentials[0], credentials[1]));
        ctx.header("Cache-Control", "no-store");
        Router.write(ctx, Reply.ok(AccessResponses.Token.from(token)));
    }

    /** {@code [client_id, client_secret]} from {@code Authorization: Basic ...}; anything else is a 401. */
    static String[] basicCredentials(String authorization) {
        if (authorization != null && authorization.length() > 6
                && authorization.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
                }
            } catch (IllegalArgumentException notBase64) {
                // falls through to the same answer as any other wrong credential
            }
        }
        throw new AccessDeniedException(ErrorCode.UNAUTHORIZED,
                "send the client credentials as Authorization: Basic base64(client_id:client_secret)");
    }
}
