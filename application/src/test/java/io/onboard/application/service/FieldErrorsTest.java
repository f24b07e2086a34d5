package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is reported all at once, each error under the field path clients use. */
class FieldErrorsTest extends UseCaseTest {

    @Test
    void every_bad_field_of_an_application_is_reported_at_once_under_its_snake_case_path() {
        ApplyForPayoutDestinationCommand bad = new ApplyForPayoutDestinationCommand(ACCOUNT, "seller 1!", "x".repeat(61),
                null, "company", "NO", "923663488", null, null,
                new AddressInput("Karl Johans gate 1", null, "0154", "Oslo", "Norway"), "22334455", "not-an-email",
                "ftp://example.com", List.of(new BankAccountInput("NO9386011117948", "IBAN", "NOK", "NO", null)), "yearly");

        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.applyForPayoutDestination().apply(bad));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "payout_destination_id", "payout_destination_name", "organization_number", "address.country",
                "phone_number", "email", "website", "bank_accounts[0].bank_account_number", "payout_interval_type");
        assertThat(refused.fieldErrors()).filteredOn(e -> e.field().equals("organization_number"))
                .singleElement().extracting(FieldError::message).asString().contains("fails the NO MOD11 check");
    }

    @Test
    void missing_required_fields_are_reported_by_path_including_nested_ones() {
        ApplyForPayoutDestinationCommand bad = new ApplyForPayoutDestinationCommand(ACCOUNT, null, null, null, null, null,
                null, null, null, null, null, null, null,
                List.of(new BankAccountInput(null, "IBAN", "NOK", "NO", null), Requests.bankAccount()), null);

        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.applyForPayoutDestination().apply(bad));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).contains(
                "payout_destination_id", "type", "bank_accounts", "bank_accounts[0].bank_account_number");
    }

    @Test
    void a_company_needs_its_country_and_organization_number() {
        ApplyForPayoutDestinationCommand bad = new ApplyForPayoutDestinationCommand(ACCOUNT, "s", null, null, "company",
                null, null, null, null, null, null, null, null, null, null);

        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.applyForPayoutDestination().apply(bad));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("country_code", "organization_number");
    }

    @Test
    void store_and_terminal_field_errors_carry_nested_paths() {
        DomainException store = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.createStore().create(new CreateStoreCommand(
                ACCOUNT, "ok", " ", null, new PayoutDestinationRefInput(""), null, null, null, null, null)));
        assertThat(store.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("store_name", "payout_destination.payout_destination_id");

        DomainException terminal = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.registerTerminal().register(
                new RegisterTerminalCommand(ACCOUNT, "12", "SATURN1000", "oslo center", "\u0000")));
        assertThat(terminal.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("device_serial_number", "store_id", "label");
    }
}
