package io.onboard.application.service;

import io.onboard.application.port.in.operation.GetOperationUseCase;
import io.onboard.application.port.out.Operations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.TerminalOperation;
import java.util.Optional;

/** Reads one operation of a terminal of the account. */
public final class GetOperationService implements GetOperationUseCase {
    private final Operations operations;

    GetOperationService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public TerminalOperation get(AccountId accountId, String terminalId, String operationId) {
        return parse(operationId).flatMap(id -> operations.find(accountId, id))
                .filter(operation -> operation.terminalId().value().equals(terminalId))
                .orElseThrow(() -> new NotFoundException("operation", operationId));
    }

    private static Optional<OperationId> parse(String id) {
        try {
            return Optional.of(new OperationId(id));
        } catch (InvalidValueException notAnOperationId) {
            return Optional.empty();
        }
    }
}
