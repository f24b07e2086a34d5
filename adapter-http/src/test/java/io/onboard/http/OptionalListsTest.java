package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Generated clients start optional lists as {@code []} and send them so; an empty list of bank accounts is no
 * bank account, not a refusal (issue 11: approve, decline and terminate with only a reason got 400). They may
 * also send unset fields as null, which is a field left out (and the document says so).
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

    @Test
    void optional_fields_sent_as_null_are_taken_as_left_out_and_required_ones_are_still_refused() {
        flow.activeSeller();
        String nulls = "{\"store_id\": \"bergen\", \"store_name\": \"Bergen\", \"payout_destination\": {\"payout_destination_id\": \"%s\"},"
                + " \"organization\": null, \"address\": null, \"phone_number\": null, \"email\": null, \"website\": null,"
                + " \"coordinates\": null}";

        Response created = server.client.post(Paths.STORES).token(flow.token).json(nulls.formatted(Seed.SELLER)).send();
        Response kept = server.client.put(Paths.STORES + "/bergen").token(flow.token)
                .json("{\"store_name\": null, \"status\": null}").send();
        Response noName = server.client.post(Paths.STORES).token(flow.token)
                .json("{\"store_name\": null, \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}").send();

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/phone_number")).as("filled from the seller, as when left out").isEqualTo("+4722334455");
        assertThat(kept.status()).as(kept.raw()).isEqualTo(200);
        assertThat(kept.text("/store_name")).isEqualTo("Bergen");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errorCode()).isEqualTo("VALIDATION_ERROR");
    }
}
