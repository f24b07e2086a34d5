package io.onboard.application.port.in.session;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;
import jakarta.validation.constraints.NotNull;

/**
 * The target a session would name ({@code order.store}): merchant store id, terminal id and seller id. In
 * Java, {@link #of} takes them typed, so the merchant {@code store_id} cannot be mixed up with the server id.
 */
public record CheckSessionCommand(@NotNull AccountId accountId, String storeId, String terminalId,
                                  String payoutDestinationId) {
    public static CheckSessionCommand of(AccountId accountId, StoreId storeId, TerminalId terminalId,
                                         PayoutDestinationId payoutDestinationId) {
        return new CheckSessionCommand(accountId, storeId.value(), terminalId.value(), payoutDestinationId.value());
    }
}
