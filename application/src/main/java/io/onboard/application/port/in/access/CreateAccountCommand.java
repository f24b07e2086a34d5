package io.onboard.application.port.in.access;

import jakarta.validation.constraints.NotBlank;

/** An operator account to create: its id ({@code T...} for test mode, {@code P...} for production) and name. */
public record CreateAccountCommand(@NotBlank String accountId, String name) {
}
