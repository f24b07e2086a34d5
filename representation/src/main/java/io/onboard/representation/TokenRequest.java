package io.onboard.representation;

/** The body of the token call; only {@code client_credentials} is offered. */
public record TokenRequest(String grantType) {
    public static final String CLIENT_CREDENTIALS = "client_credentials";
}
