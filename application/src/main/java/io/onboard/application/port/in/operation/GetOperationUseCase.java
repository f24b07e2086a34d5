package io.onboard.application.port.in.operation;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.operation.TerminalOperation;

/** Reads one operation of one of the account's terminals; {@code NOT_FOUND} for any other. */
public interface GetOperationUseCase {
    TerminalOperation get(AccountId accountId, String terminalId, String operationId);
}
