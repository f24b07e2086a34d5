package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Generated clients start optional lists as {@code []} and send them so; an empty list of bank accounts is no
 * bank account, not a refusal (issue 11: approve, decline and terminate with only a reason got 400).
 */
class OptionalListsTest {
    private final TestServer server = new TestServer();
    private final Onboarding flow = new Onboarding(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void case_actions_and_applications_with_an_empty_bank_account_list_are_taken() {
        Response applied = flow.seller(Bodies.seller(Seed.SELLER, Seed.ORGANIZATION_NUMBER, null));
        String seller = Paths.APPROVALS + "/" + Seed.SELLER;

        Response declared = server.client.post(seller + "/submit_declaration").token(flow.token)
                .json("{\"bank_accounts\": []}").send();
        Response archived = server.client.post(seller + "/archive").token(flow.token)
                .json("{\"reason\": null, \"bank_accounts\": []}").send();

        assertThat(applied.status()).isEqualTo(201);
        assertThat(declared.status()).as(declared.raw()).isEqualTo(200);
        assertThat(declared.text("/case_status")).isEqualTo("WAITING_FOR_SIGNATURE");
        assertThat(archived.status()).as(archived.raw()).isEqualTo(200);
        assertThat(archived.text("/case_status")).isEqualTo("ARCHIVED");
    }

    @Test
    void an_application_with_an_empty_bank_account_list_has_none_and_two_are_still_refused() {
        String body = "{\"payout_destination_id\": \"seller-9\", \"type\": \"company\", \"country_code\": \"NO\","
                + " \"organization_number\": \"" + Seed.ORGANIZATION_NUMBER + "\", \"bank_accounts\": %s}";
        String account = "{\"bank_account_number\": \"NO9386011117947\", \"bank_account_number_type\": \"IBAN\","
                + " \"bank_account_currency\": \"NOK\", \"bank_account_country_code\": \"NO\"}";

        Response none = server.client.post(Paths.APPROVALS).token(flow.token).json(body.formatted("[]")).send();
        Response two = server.client.post(Paths.APPROVALS).token(flow.token)
                .json(body.replace("seller-9", "seller-8").formatted("[" + account + ", " + account + "]")).send();

        assertThat(none.status()).as(none.raw()).isEqualTo(201);
        assertThat(none.json().get("bank_accounts")).isEmpty();
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.json().at("/error/errors/0/field").asText()).isEqualTo("bank_accounts");
    }
}
