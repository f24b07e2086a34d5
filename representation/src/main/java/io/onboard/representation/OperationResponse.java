package io.onboard.representation;

import io.onboard.domain.operation.TerminalOperation;
import java.time.Instant;

/** A terminal operation as SPEC 10 shows it. */
public record OperationResponse(String id, String terminalId, String operation, String status, Instant createdAt,
                                Instant updatedAt, Instant completedAt, String error) {
    public static OperationResponse from(TerminalOperation operation) {
        return new OperationResponse(operation.id().value(), operation.terminalId().value(),
                operation.type().wireName(), operation.status().name(), operation.createdAt(), operation.updatedAt(),
                operation.completedAt().orElse(null), operation.error().orElse(null));
    }
}
