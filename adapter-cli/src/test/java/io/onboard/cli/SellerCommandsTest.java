package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seller's KYC case, driven step by step from the command line. */
class SellerCommandsTest {
    private static final String[] COMPLETE_COMPANY = {"--type", "company", "--country", "NO",
        "--organization-number", "974760673", "--name", "Bergen Bakeri", "--organization-name", "Bergen Bakeri AS",
        "--address-line", "Torgallmenningen 1", "--postal-code", "5014", "--postal-place", "Bergen",
        "--address-country", "NO", "--phone", "+4755112233", "--email", "post@bergenbakeri.no",
        "--website", "https://bergenbakeri.no", "--iban", "NO9386011117947", "--bank-currency", "NOK",
        "--payout-interval", "week"};

    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void account() {
        cli = newCli();
        cli.ok("account", "create", ACCOUNT);
    }

    /** The CLI on the database under test: a SQLite file here. */
    Cli newCli() {
        return Cli.on(dir.resolve("onboard.db"));
    }

    @Test
    void a_complete_company_goes_from_application_to_active_through_declaration_and_signature() {
        JsonNode applied = json(apply("seller-2", COMPLETE_COMPANY));
        JsonNode declared = json(cli.ok("seller", "submit-declaration", "--account", ACCOUNT, "seller-2", "--json"));
        JsonNode signed = json(cli.ok("seller", "sign", "--account", ACCOUNT, "seller-2", "--json"));

        assertThat(applied.get("case_status").asText()).isEqualTo("WAITING_FOR_DECLARATION");
        assertThat(applied.at("/bank_accounts/0/bank_account_country_code").asText()).isEqualTo("NO");
        assertThat(applied.at("/address/postal_place").asText()).isEqualTo("Bergen");
        assertThat(declared.get("case_status").asText()).isEqualTo("WAITING_FOR_SIGNATURE");
        assertThat(signed.get("case_status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void a_flagged_case_goes_through_review_details_approval_and_termination() {
        apply("seller-2", "--type", "company", "--country", "NO", "--organization-number", "974760673");
        cli.ok("seller", "submit-declaration", "--account", ACCOUNT, "seller-2");
        step("sign", "UNDER_MANUAL_REVIEW");
        step("request-details", "WAITING_FOR_DETAILS", "--reason", "bank account missing");
        JsonNode details = json(cli.ok("seller", "submit-details", "--account", ACCOUNT, "seller-2", "--iban",
                "NO9386011117947", "--bank-currency", "NOK", "--json"));

        assertThat(details.get("case_status").asText()).isEqualTo("UNDER_MANUAL_REVIEW");
        assertThat(details.at("/bank_accounts/0/bank_account_number").asText()).isEqualTo("NO9386011117947");
        step("approve", "ACTIVE", "--reason", "checked by hand");
        step("terminate", "TERMINATED", "--reason", "contract ended");
    }

    @Test
    void a_flagged_case_can_be_declined_and_then_archived() {
        apply("seller-2", "--type", "company", "--country", "NO", "--organization-number", "974760673");
        cli.ok("seller", "submit-declaration", "--account", ACCOUNT, "seller-2");
        step("sign", "UNDER_MANUAL_REVIEW");

        step("decline", "DECLINED", "--reason", "not a real business");
        step("archive", "ARCHIVED");
    }

    @Test
    void a_step_the_case_does_not_allow_is_refused_naming_status_and_step() {
        apply("seller-2", COMPLETE_COMPANY);

        Cli.Run run = cli.run("seller", "approve", "--account", ACCOUNT, "seller-2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("INVALID_CASE_TRANSITION: ").contains("WAITING_FOR_DECLARATION", "approve");
    }

    @Test
    void a_second_seller_for_the_same_legal_entity_is_refused() {
        apply("seller-2", COMPLETE_COMPANY);

        Cli.Run run = cli.run(args("seller-3", COMPLETE_COMPANY));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("DUPLICATE_LEGAL_ENTITY: ");
    }

    @Test
    void an_individual_applies_with_name_and_birth_date() {
        JsonNode applied = json(apply("kari", "--type", "individual", "--individual-name", "Kari Nordmann",
                "--birth-date", "1980-12-31"));

        assertThat(applied.at("/individual/name").asText()).isEqualTo("Kari Nordmann");
        assertThat(applied.get("type").asText()).isEqualTo("individual");
    }

    @Test
    void an_application_can_be_read_from_the_http_apis_json_body() throws IOException {
        Path body = Files.writeString(dir.resolve("seller.json"), """
                {"payout_destination_id": "seller-2", "type": "company", "country_code": "NO",
                 "organization_number": "974760673", "payout_destination_description": "AUTO_APPROVE",
                 "bank_accounts": [{"bank_account_number": "NO9386011117947", "bank_account_number_type": "IBAN",
                                    "bank_account_currency": "NOK", "bank_account_country_code": "NO"}]}
                """);

        JsonNode applied = cli.ok("seller", "apply", "--account", ACCOUNT, "--file", body.toString(), "--json").json();

        assertThat(applied.get("payout_destination_id").asText()).isEqualTo("seller-2");
        assertThat(applied.get("case_status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void a_json_body_with_an_unknown_field_is_refused_as_the_http_api_refuses_it() throws IOException {
        Path body = Files.writeString(dir.resolve("seller.json"), """
                {"payout_destination_id": "seller-2", "type": "company", "colour": "blue"}
                """);

        Cli.Run run = cli.run("seller", "apply", "--account", ACCOUNT, "--file", body.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("UNKNOWN_FIELD: ").contains("  colour: ");
    }

    @Test
    void a_json_body_does_not_mix_with_field_options() throws IOException {
        Path body = Files.writeString(dir.resolve("seller.json"), "{}");

        Cli.Run run = cli.run("seller", "apply", "--account", ACCOUNT, "--file", body.toString(), "--name", "X");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--file cannot be combined with --name");
    }

    @Test
    void a_body_file_that_cannot_be_read_is_a_usage_error() {
        Cli.Run run = cli.run("seller", "apply", "--account", ACCOUNT, "--file", dir.resolve("missing.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot read --file");
    }

    @Test
    void sellers_are_listed_in_a_table_or_as_the_http_apis_list_and_filtered_by_case_status() {
        apply("seller-2", COMPLETE_COMPANY);
        apply("kari", "--type", "individual", "--individual-name", "Kari Nordmann", "--birth-date", "1980-12-31",
                "--description", "AUTO_APPROVE");

        Cli.Run table = cli.ok("seller", "list", "--account", ACCOUNT);
        JsonNode active = cli.ok("seller", "list", "--account", ACCOUNT, "--case-status", "ACTIVE", "--json").json();

        assertThat(table.out().lines().toList()).hasSize(3).first().asString().startsWith("PAYOUT_DESTINATION_ID");
        assertThat(table.out()).contains("seller-2", "WAITING_FOR_DECLARATION", "kari", "ACTIVE");
        assertThat(active.get("payout_destinations")).extracting(s -> s.get("payout_destination_id").asText())
                .containsExactly("kari");
        assertThat(active.get("starting_after").isNull()).isTrue();
    }

    @Test
    void showing_a_seller_prints_its_fields_and_an_unknown_one_is_not_found() {
        apply("seller-2", COMPLETE_COMPANY);

        Cli.Run shown = cli.ok("seller", "show", "--account", ACCOUNT, "seller-2");
        Cli.Run unknown = cli.run("seller", "show", "--account", ACCOUNT, "seller-9");

        assertThat(shown.out()).containsPattern("payout_destination_id\\s+seller-2")
                .containsPattern("address\\.postal_code\\s+5014")
                .containsPattern("bank_accounts\\[0]\\.bank_account_number\\s+NO9386011117947");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    private Cli.Run apply(String id, String... options) {
        return cli.ok(args(id, options));
    }

    private static String[] args(String id, String... options) {
        String[] args = new String[options.length + 7];
        System.arraycopy(new String[] {"seller", "apply", "--account", ACCOUNT, "--id", id, "--json"}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        return args;
    }

    private void step(String step, String expectedStatus, String... options) {
        String[] args = new String[options.length + 6];
        System.arraycopy(new String[] {"seller", step, "--account", ACCOUNT, "seller-2", "--json"}, 0, args, 0, 6);
        System.arraycopy(options, 0, args, 6, options.length);
        assertThat(json(cli.ok(args)).get("case_status").asText()).as(step).isEqualTo(expectedStatus);
    }

    private static JsonNode json(Cli.Run run) {
        return run.json();
    }
}
