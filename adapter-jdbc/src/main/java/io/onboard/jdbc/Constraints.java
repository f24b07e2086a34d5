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
    /**
     * One key and what its violation means: SQLite names the key's columns ({@code sqlite}), PostgreSQL the
     * constraint or unique index ({@code postgresql}, as its schema names it).
     */
    private record Rule(String sqlite, String postgresql, ErrorCode code, String message) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("terminals.serial_number", "terminals_one_live_per_serial", ErrorCode.DUPLICATE_SERIAL_NUMBER,
                    "a device with this serial number is already registered"),
            new Rule("stores.account_id, stores.store_id", "stores_store_id_unique", ErrorCode.DUPLICATE_STORE_ID,
                    "this store_id is already taken in the account"),
            new Rule("payout_destinations.account_id, payout_destinations.payout_destination_id",
                    "payout_destinations_pkey", ErrorCode.DUPLICATE_PAYOUT_DESTINATION,
                    "this payout destination id is already taken in the account"),
            new Rule("payout_destinations.account_id, payout_destinations.country_code, payout_destinations.organization_number",
                    "payout_destinations_one_case_per_legal_entity", ErrorCode.DUPLICATE_LEGAL_ENTITY,
                    "this organization already has a KYC case in the account"),
            new Rule("accounts.account_id", "accounts_pkey", ErrorCode.DUPLICATE_ACCOUNT, "this account already exists"),
            new Rule("idempotency_records.account_id, idempotency_records.idempotency_key", "idempotency_records_pkey",
                    ErrorCode.IDEMPOTENCY_KEY_REUSED, "this idempotency key is already used in the account"));

    private Constraints() {
    }

    static RuntimeException translate(UnableToExecuteStatementException e) {
        for (Rule rule : RULES) {
            if (violates(e, rule.sqlite, rule.postgresql)) {
                return new ConflictException(rule.code, rule.message);
            }
        }
        return e;
    }

    /**
     * Whether {@code e} is a unique key's violation: on SQLite the key with the columns {@code sqliteColumns}, on
     * PostgreSQL the constraint or unique index named {@code postgresqlName}.
     */
    static boolean violates(RuntimeException e, String sqliteColumns, String postgresqlName) {
        String text = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (text.contains("UNIQUE constraint failed")) {
            return text.contains("failed: " + sqliteColumns + ")") || text.endsWith("failed: " + sqliteColumns);
        }
        return text.contains("duplicate key value violates unique constraint \"" + postgresqlName + "\"");
    }
}
