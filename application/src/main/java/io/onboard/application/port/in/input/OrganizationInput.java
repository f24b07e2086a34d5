package io.onboard.application.port.in.input;

/** Organization names as a client sends them. */
public record OrganizationInput(String name, String tradeName) {
}
