package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * Which terminals to list: a page and any of the SPEC 6 filters. {@code storeId} takes a server id or a
 * merchant {@code store_id}; {@code search} is a substring of terminal id, serial number or label.
 */
public record ListTerminalsQuery(@NotNull AccountId accountId, Integer limit, String startingAfter, String storeId,
                                 String payoutDestinationId, String status, String deviceModel,
                                 String deviceSerialNumber, String terminalId, String search) {
    public static ListTerminalsQuery all(AccountId accountId, Integer limit, String startingAfter) {
        return new ListTerminalsQuery(accountId, limit, startingAfter, null, null, null, null, null, null, null);
    }
}
