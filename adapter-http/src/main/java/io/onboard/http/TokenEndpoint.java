package io.onboard.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.onboard.application.port.in.access.IssueTokenCommand;
import io.onboard.application.port.in.access.IssueTokenUseCase;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.representation.AccessResponses;
import io.onboard.representation.TokenRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/accounts/{aid}/auth/token}: client credentials over HTTP Basic for a bearer token. It takes
 * no {@code Idempotency-Key}: remembering its answer would store a token in clear, and a second token is harmless.
 */
final class TokenEndpoint {
    static final String PATH = "/v1/accounts/{aid}/auth/token";
    /** One token URL for every account, as OAuth 2.0 libraries expect: the account is the client's own. */
    static final String CLIENT_PATH = "/v1/auth/token";

    private final IssueTokenUseCase issueToken;

    TokenEndpoint(IssueTokenUseCase issueToken) {
        this.issueToken = issueToken;
    }

    void register(RoutesConfig routes) {
        routes.post(PATH, this::issue);
        routes.post(CLIENT_PATH, this::issue);
    }

    private void issue(Context ctx) {
        if (FormBody.isForm(ctx.header("Content-Type"))) {
            issueToOAuthClient(ctx);
            return;
        }
        String[] credentials = basicCredentials(ctx.header("Authorization"));
        TokenRequest request = new Call(ctx, null, null).body(TokenRequest.class);
        if (!TokenRequest.CLIENT_CREDENTIALS.equals(request.grantType())) {
            throw HttpError.field("VALIDATION_ERROR", "grant_type", "must be client_credentials");
        }
        var token = issueToken.issue(
                new IssueTokenCommand(ctx.pathParamMap().get("aid"), credentials[0], credentials[1]));
        ctx.header("Cache-Control", "no-store");
        Router.write(ctx, Reply.ok(AccessResponses.Token.from(token)));
    }

    /**
     * An OAuth 2.0 client's form request (RFC 6749 4.4), answered in its terms: the token with its scope, or an
     * error object {@code {"error", "error_description"}} (5.2) instead of the API's error format, which such a
     * client could not read.
     */
    private void issueToOAuthClient(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        try {
            Map<String, String> form = FormBody.parse(new Call(ctx, null, null).rawBody());
            var token = issueToken.issue(
                    OAuthTokenRequest.command(ctx.pathParamMap().get("aid"), ctx.header("Authorization"), form));
            Router.write(ctx, Reply.ok(AccessResponses.Token.from(token)));
        } catch (OAuthTokenRequest.Refused refused) {
            oauthError(ctx, refused.status, refused.error, refused.getMessage());
        } catch (IllegalArgumentException | HttpError malformed) {
            oauthError(ctx, 400, "invalid_request", malformed.getMessage());
        } catch (AccessDeniedException denied) {
            oauthError(ctx, 401, "invalid_client", denied.getMessage());
        } catch (DomainException refused) {
            boolean scope = refused.fieldErrors().stream().anyMatch(error -> error.field().equals("scope"));
            oauthError(ctx, 400, scope ? "invalid_scope" : "invalid_request", refused.getMessage());
        }
    }

    private static void oauthError(Context ctx, int status, String error, String description) {
        if (status == 401 && ctx.header("Authorization") != null) {
            ctx.header("WWW-Authenticate", "Basic realm=\"onboard\"");
        }
        ctx.status(status).contentType("application/json")
                .result(Reply.write(Map.of("error", error, "error_description", description)));
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
