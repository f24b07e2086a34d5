package io.onboard.domain.session;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which terminal a session drives, named the way the POS knows it: merchant store id, terminal id and the
 * seller of record. The three always come together; a session that names only some of them is refused.
 */
public record SessionTarget(StoreId storeId, TerminalId terminalId, PayoutDestinationId payoutDestinationId) {
    public SessionTarget {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(payoutDestinationId, "payoutDestinationId");
    }

    /** Refuses with {@code STORE_FIELDS_INCOMPLETE}, naming each missing field, unless all three are given. */
    public static void requireAllGiven(String storeId, String terminalId, String payoutDestinationId) {
        List<FieldError> missing = new ArrayList<>();
        if (storeId == null || storeId.isBlank()) {
            missing.add(new FieldError("order.store.id", "is required together with terminal_id and payout_destination_id"));
        }
        if (terminalId == null || terminalId.isBlank()) {
            missing.add(new FieldError("order.store.terminal_id", "is required together with id and payout_destination_id"));
        }
        if (payoutDestinationId == null || payoutDestinationId.isBlank()) {
            missing.add(new FieldError("order.store.payout_destination_id", "is required together with id and terminal_id"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(ErrorCode.STORE_FIELDS_INCOMPLETE, "order.store needs id, terminal_id and "
                    + "payout_destination_id together; missing: "
                    + String.join(", ", missing.stream().map(FieldError::field).toList()), missing);
        }
    }
}
