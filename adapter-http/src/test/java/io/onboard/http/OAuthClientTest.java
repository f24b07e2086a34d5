package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResourceOwnerPasswordCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.testdata.Seed;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The token endpoint as an OAuth 2.0 client library sees it (Nimbus OAuth 2.0 SDK): a form request with the
 * client authenticated by HTTP Basic or in the form, scopes narrowed on request, errors as RFC 6749 5.2 writes them.
 */
class OAuthClientTest {
    private final TestServer server = new TestServer();
    private final IssuedClient client = server.newClient(Seed.ACCOUNT, "read:accounts", "write:accounts");
    private final URI tokenEndpoint = URI.create("http://127.0.0.1:" + server.api.port() + Paths.ACCOUNT + "/auth/token");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_client_authenticated_by_basic_gets_a_bearer_token_with_all_its_scopes_that_the_api_accepts()
            throws Exception {
        AccessTokenResponse granted = success(send(basic(client.clientSecret()), new ClientCredentialsGrant(), null));

        assertThat(granted.getTokens().getBearerAccessToken()).isNotNull();
        assertThat(granted.getTokens().getAccessToken().getLifetime()).isEqualTo(3600);
        assertThat(granted.getTokens().getAccessToken().getScope()).isEqualTo(Scope.parse("read:accounts write:accounts"));
        assertThat(server.client.get(Paths.STORES).token(granted.getTokens().getAccessToken().getValue()).send().status())
                .isEqualTo(200);
    }

    @Test
    void a_client_authenticated_in_the_form_may_narrow_its_token_to_fewer_scopes() throws Exception {
        ClientAuthentication inForm = new ClientSecretPost(new ClientID(client.clientId()), new Secret(client.clientSecret()));

        AccessTokenResponse granted = success(send(inForm, new ClientCredentialsGrant(), new Scope("read:accounts")));
        String token = granted.getTokens().getAccessToken().getValue();

        assertThat(granted.getTokens().getAccessToken().getScope()).isEqualTo(new Scope("read:accounts"));
        assertThat(server.client.get(Paths.STORES).token(token).send().status()).isEqualTo(200);
        assertThat(server.client.post(Paths.STORES).token(token).json(Bodies.guideStore()).send().errorCode())
                .isEqualTo("INSUFFICIENT_SCOPE");
    }

    @Test
    void the_security_scheme_s_token_url_serves_every_account_taking_the_account_from_the_client() throws Exception {
        URI documented = URI.create("http://127.0.0.1:" + server.api.port() + "/v1/auth/token");
        IssuedClient other = server.newClient(Seed.OTHER_ACCOUNT, "read:accounts");

        AccessTokenResponse ours = success(new TokenRequest(documented, basic(client.clientSecret()),
                new ClientCredentialsGrant(), null).toHTTPRequest().send());
        AccessTokenResponse theirs = success(new TokenRequest(documented,
                new ClientSecretBasic(new ClientID(other.clientId()), new Secret(other.clientSecret())),
                new ClientCredentialsGrant(), null).toHTTPRequest().send());

        assertThat(server.client.get(Paths.STORES).token(ours.getTokens().getAccessToken().getValue()).send().status())
                .isEqualTo(200);
        assertThat(server.client.get(Paths.STORES).token(theirs.getTokens().getAccessToken().getValue()).send()
                .errorCode()).isEqualTo("ACCOUNT_MISMATCH");
    }

    @Test
    void wrong_credentials_are_invalid_client_with_a_basic_challenge() throws Exception {
        HTTPResponse response = send(basic("not the secret"), new ClientCredentialsGrant(), null);

        assertThat(error(response).getCode()).isEqualTo(OAuth2Error.INVALID_CLIENT.getCode());
        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getHeaderValue("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getHeaderValue("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_scope_the_client_does_not_hold_or_that_does_not_exist_is_invalid_scope() throws Exception {
        assertThat(error(send(basic(client.clientSecret()), new ClientCredentialsGrant(), new Scope("admin:accounts")))
                .getCode()).isEqualTo(OAuth2Error.INVALID_SCOPE.getCode());
        assertThat(error(send(basic(client.clientSecret()), new ClientCredentialsGrant(), new Scope("root"))).getCode())
                .isEqualTo(OAuth2Error.INVALID_SCOPE.getCode());
    }

    @Test
    void another_grant_type_is_unsupported_grant_type() throws Exception {
        AuthorizationGrant password = new ResourceOwnerPasswordCredentialsGrant("someone", new Secret("password"));

        HTTPResponse response = send(basic(client.clientSecret()), password, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(error(response).getCode()).isEqualTo(OAuth2Error.UNSUPPORTED_GRANT_TYPE.getCode());
    }

    private ClientAuthentication basic(String secret) {
        return new ClientSecretBasic(new ClientID(client.clientId()), new Secret(secret));
    }

    private HTTPResponse send(ClientAuthentication authentication, AuthorizationGrant grant, Scope scope)
            throws IOException {
        return new TokenRequest(tokenEndpoint, authentication, grant, scope).toHTTPRequest().send();
    }

    private static AccessTokenResponse success(HTTPResponse response) throws ParseException {
        TokenResponse parsed = TokenResponse.parse(response);
        assertThat(parsed.indicatesSuccess()).as(response.getBody()).isTrue();
        return parsed.toSuccessResponse();
    }

    private static ErrorObject error(HTTPResponse response) throws ParseException {
        TokenResponse parsed = TokenResponse.parse(response);
        assertThat(parsed.indicatesSuccess()).as(response.getBody()).isFalse();
        return ((TokenErrorResponse) parsed).getErrorObject();
    }
}
