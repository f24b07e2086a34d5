package io.onboard.application.port.in.terminal;

import io.onboard.application.paging.Page;

/** Lists an account's terminals in registration order, a page at a time. */
public interface ListTerminalsUseCase {
    Page<TerminalView> list(ListTerminalsQuery query);
}
