package io.onboard.application.port.in.operation;

import io.onboard.application.paging.Page;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.operation.TerminalOperation;

/** One terminal's operations, in the order started, a page at a time. */
public interface ListOperationsUseCase {
    Page<TerminalOperation> list(AccountId accountId, String terminalId, Integer limit, String startingAfter);
}
