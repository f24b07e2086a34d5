package io.onboard.jdbc;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Turns a violated schema constraint into the domain's refusal, so a race the services' own checks could
 * not see still reaches the client as {@code DUPLICATE_SERIAL_NUMBER} and never as SQL text.
 */
final class Constraints {
    private record Rule(String violated, ErrorCode code, String message) {
    }

    /** SQLite names the columns of the violated key; each key says one thing. */
    private static final List<Rule> RULES = List.of(
            new Rule("terminals.serial_number", ErrorCode.DUPLICATE_SERIAL_NUMBER,
                    "a device with this serial number is already registered"),
            new Rule("stores.account_id, stores.store_id", ErrorCode.DUPLICATE_STORE_ID,
                    "this store_id is already taken in the account"),
            new Rule("payout_destinations.account_id, payout_destinations.payout_destination_id",
                    ErrorCode.DUPLICATE_PAYOUT_DESTINATION, "this payout destination id is already taken in the account"),
            new Rule("payout_destinations.account_id, payout_destinations.country_code, payout_destinations.organization_number",
                    ErrorCode.DUPLICATE_LEGAL_ENTITY, "this organization already has a KYC case in the account"),
            new Rule("accounts.account_id", ErrorCode.DUPLICATE_ACCOUNT, "this account already exists"),
            new Rule("idempotency_records.account_id, idempotency_records.idempotency_key",
                    ErrorCode.IDEMPOTENCY_KEY_REUSED, "this idempotency key is already used in the account"));

    private Constraints() {
    }

    static RuntimeException translate(UnableToExecuteStatementException e) {
        String text = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (text.contains("UNIQUE constraint failed")) {
            for (Rule rule : RULES) {
                if (text.contains("failed: " + rule.violated + ")") || text.endsWith("failed: " + rule.violated)) {
                    return new ConflictException(rule.code, rule.message);
                }
            }
        }
        return e;
    }
}
