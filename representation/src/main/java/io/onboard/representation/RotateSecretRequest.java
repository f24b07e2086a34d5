package io.onboard.representation;

/** The optional body of {@code rotate_secret}: how long the previous secret still signs (default a day). */
public record RotateSecretRequest(Long expirePreviousInSeconds) {
}
