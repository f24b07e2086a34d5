package io.onboard.application.port.in.session;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/** The target a session would name ({@code order.store}): merchant store id, terminal id and seller id. */
public record CheckSessionCommand(@NotNull AccountId accountId, String storeId, String terminalId,
                                  String payoutDestinationId) {
}
