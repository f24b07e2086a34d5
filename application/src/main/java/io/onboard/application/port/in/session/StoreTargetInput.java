package io.onboard.application.port.in.session;

/** {@code order.store}: the merchant store id, terminal id and seller id, required together. */
public record StoreTargetInput(String id, String terminalId, String payoutDestinationId) {
}
