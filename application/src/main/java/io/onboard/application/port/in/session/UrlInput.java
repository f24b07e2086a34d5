package io.onboard.application.port.in.session;

/** {@code url}: where to report the outcome of the payment. */
public record UrlInput(String callbackUrl) {
}
