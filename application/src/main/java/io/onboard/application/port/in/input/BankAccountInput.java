package io.onboard.application.port.in.input;

import jakarta.validation.constraints.NotBlank;

/** A bank account as a client sends it. */
public record BankAccountInput(@NotBlank String bankAccountNumber, @NotBlank String bankAccountNumberType,
                               @NotBlank String bankAccountCurrency, @NotBlank String bankAccountCountryCode,
                               String bankIdentificationCode) {
}
