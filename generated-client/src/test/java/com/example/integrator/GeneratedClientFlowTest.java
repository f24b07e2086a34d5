package com.example.integrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.integrator.onboard.api.SellersApi;
import com.example.integrator.onboard.api.SessionsApi;
import com.example.integrator.onboard.api.StoresApi;
import com.example.integrator.onboard.api.TerminalsApi;
import com.example.integrator.onboard.client.ApiClient;
import com.example.integrator.onboard.client.ApiException;
import com.example.integrator.onboard.model.AddressInput;
import com.example.integrator.onboard.model.BankAccountInput;
import com.example.integrator.onboard.model.CaseDataRequest;
import com.example.integrator.onboard.model.DeviceModel;
import com.example.integrator.onboard.model.ErrorResponse;
import com.example.integrator.onboard.model.OrganizationInput;
import com.example.integrator.onboard.model.PayoutDestination;
import com.example.integrator.onboard.model.PayoutDestinationRef;
import com.example.integrator.onboard.model.PayoutDestinationRequest;
import com.example.integrator.onboard.model.ReasonRequest;
import com.example.integrator.onboard.model.Session;
import com.example.integrator.onboard.model.SessionRequest;
import com.example.integrator.onboard.model.SessionRequestOrder;
import com.example.integrator.onboard.model.SessionRequestOrderStore;
import com.example.integrator.onboard.model.Store;
import com.example.integrator.onboard.model.StoreCreateRequest;
import com.example.integrator.onboard.model.StoreOrganizationInput;
import com.example.integrator.onboard.model.Terminal;
import com.example.integrator.onboard.model.TerminalRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An integrator's day with the client openapi-generator made from the served document: a token from a standard
 * OAuth 2.0 library (at the document's token URL), then the onboarding guide's flow, a refusal read as the error
 * format, and a later server that adds a field and a terminal status this client has never heard of.
 */
class GeneratedClientFlowTest {
    private static final String ACCOUNT = "T00000001";

    @TempDir
    static Path folder;
    private static RunningServer server;
    private static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(folder.resolve("onboard.db"));
        client = authenticated(server.base(), token());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void the_client_is_generated_from_the_document_the_server_serves() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.base() + "/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(served.body()).isEqualTo(Files.readString(Path.of(System.getProperty("onboard.served.openapi"))));
    }

    @Test
    void the_guides_flow_runs_through_the_generated_client() throws Exception {
        SellersApi sellers = new SellersApi(client);
        PayoutDestination applied = sellers.applyForPayoutDestination(ACCOUNT, seller("seller-1", "923663487"), null);
        // a generated client sends its empty list of bank accounts; an empty list is "none given (yet)"
        sellers.submitPayoutDestinationDeclaration(ACCOUNT, "seller-1", null,
                new CaseDataRequest().email("kontakt@oslokaffe.no"));
        PayoutDestination signed = sellers.signPayoutDestination(ACCOUNT, "seller-1", null, Map.of());

        Store store = new StoresApi(client).createStore(ACCOUNT, new StoreCreateRequest().storeId("oslo-center")
                .storeName("Oslo Center").organization(new StoreOrganizationInput().organizationNumber("923663487"))
                .payoutDestination(new PayoutDestinationRef().payoutDestinationId("seller-1")), "store-oslo-center");
        TerminalsApi terminals = new TerminalsApi(client);
        Terminal terminal = terminals.registerTerminal(ACCOUNT, new TerminalRequest().deviceSerialNumber("158222607285")
                .deviceModel(DeviceModel.SATURN1000).storeId(store.getId()), null, null);
        boolean enrolled = terminals.checkReadiness(ACCOUNT, terminal.getTerminalId()).getEnrolled();
        SessionsApi sessions = new SessionsApi(client);
        Session session = sessions.createSession(new SessionRequest().order(new SessionRequestOrder().amount(12900)
                .currency("NOK").merchantReference("order-1").store(new SessionRequestOrderStore().id("oslo-center")
                        .terminalId(terminal.getTerminalId()).payoutDestinationId("seller-1"))), null);

        assertThat(applied.getCaseStatus()).isEqualTo("WAITING_FOR_DECLARATION");
        assertThat(signed.getCaseStatus()).isEqualTo("ACTIVE");
        assertThat(store.getStoreId()).isEqualTo("oslo-center");
        assertThat(terminal.getStatus()).isEqualTo("ACTIVE");
        assertThat(enrolled).isTrue();
        assertThat(sessions.getSession(session.getId()).getStatus()).isEqualTo(session.getStatus());
    }

    @Test
    void a_reviewer_decides_with_only_a_reason_and_a_refusal_reads_as_the_error_format() throws Exception {
        SellersApi sellers = new SellersApi(client);
        sellers.applyForPayoutDestination(ACCOUNT, seller("seller-2", "974760673").phoneNumber(null), null);
        sellers.submitPayoutDestinationDeclaration(ACCOUNT, "seller-2", null, new CaseDataRequest());
        PayoutDestination flagged = sellers.signPayoutDestination(ACCOUNT, "seller-2", null, Map.of());
        PayoutDestination declined = sellers.declinePayoutDestination(ACCOUNT, "seller-2", null,
                new ReasonRequest().reason("Outside our risk appetite"));

        ApiException again = catchThrowableOfType(ApiException.class,
                () -> sellers.declinePayoutDestination(ACCOUNT, "seller-2", null, new ReasonRequest().reason("Twice")));
        ErrorResponse error = new ObjectMapper().readValue(again.getResponseBody(), ErrorResponse.class);

        assertThat(flagged.getCaseStatus()).isEqualTo("UNDER_MANUAL_REVIEW");
        assertThat(declined.getCaseStatus()).isEqualTo("DECLINED");
        assertThat(declined.getCaseStatusReason()).isEqualTo("Outside our risk appetite");
        assertThat(again.getCode()).isEqualTo(409);
        assertThat(error.getError().getCode()).isEqualTo("INVALID_CASE_TRANSITION");
    }

    @Test
    void a_later_server_with_a_new_field_and_a_new_terminal_status_does_not_break_the_client() throws Exception {
        // the test-mode shortcut AUTO_APPROVE makes this seller ACTIVE at once
        new SellersApi(client).applyForPayoutDestination(ACCOUNT,
                seller("seller-3", "912345688").payoutDestinationDescription("AUTO_APPROVE"), null);
        Store store = new StoresApi(client).createStore(ACCOUNT, new StoreCreateRequest().storeId("bergen")
                .storeName("Bergen").payoutDestination(new PayoutDestinationRef().payoutDestinationId("seller-3")), null);
        String terminalId = new TerminalsApi(client).registerTerminal(ACCOUNT, new TerminalRequest()
                .deviceSerialNumber("158222607286").deviceModel(DeviceModel.SATURN1000).storeId(store.getId()), null, null)
                .getTerminalId();

        try (NewerServer newer = new NewerServer(server.base())) {
            TerminalsApi throughNewer = new TerminalsApi(authenticated(newer.base(), token()));
            Terminal read = throughNewer.getTerminal(ACCOUNT, terminalId, "store");

            assertThat(read.getTerminalId()).isEqualTo(terminalId);
            assertThat(read.getStatus()).isEqualTo(NewerServer.NEW_STATUS);
            assertThat(read.getStore().getStoreId()).isEqualTo("bergen");
        }
    }

    private static PayoutDestinationRequest seller(String id, String organizationNumber) {
        return new PayoutDestinationRequest().payoutDestinationId(id).payoutDestinationName("Oslo Kaffe")
                .type(PayoutDestinationRequest.TypeEnum.COMPANY).countryCode("NO").organizationNumber(organizationNumber)
                .organization(new OrganizationInput().name("Oslo Kaffe AS").tradeName("Oslo Kaffe"))
                .address(new AddressInput().addressLine("Karl Johans gate 1").postalCode("0154").postalPlace("Oslo").country("NO"))
                .phoneNumber("+4722334455").email("post@oslokaffe.no").website("https://oslokaffe.no")
                .addBankAccountsItem(new BankAccountInput().bankAccountNumber("NO9386011117947")
                        .bankAccountNumberType(BankAccountInput.BankAccountNumberTypeEnum.IBAN).bankAccountCurrency("NOK")
                        .bankAccountCountryCode("NO").bankIdentificationCode("DNBANOKK"))
                .payoutIntervalType(PayoutDestinationRequest.PayoutIntervalTypeEnum.DAY);
    }

    /** A bearer token from the document's oauth2 token URL, by a maintained OAuth 2.0 library. */
    private static String token() throws Exception {
        TokenResponse response = TokenResponse.parse(new TokenRequest(URI.create(server.base() + "/v1/auth/token"),
                new ClientSecretBasic(new ClientID(server.clientId), new Secret(server.clientSecret)),
                new ClientCredentialsGrant(), null).toHTTPRequest().send());
        assertThat(response.indicatesSuccess()).as(response.toString()).isTrue();
        return ((AccessTokenResponse) response).getTokens().getBearerAccessToken().getValue();
    }

    private static ApiClient authenticated(String base, String token) {
        ApiClient api = new ApiClient();
        api.updateBaseUri(base);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return api;
    }
}
