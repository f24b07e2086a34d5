package io.onboard.application.port.out;

import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.session.TerminalSession;

/**
 * The wire form of a resource, as its GET returns it, for an event's {@code data}; and the {@code previous} of a
 * change. The JSON belongs to the representation module (onboard-representation provides this port and is found
 * on the classpath by default), so that an event shows exactly what a read shows.
 */
public interface EventPayloads {
    String of(PayoutDestinationView seller);

    String of(StoreView store);

    String of(TerminalView terminal);

    String of(TerminalSession session);

    String of(TerminalOperation operation);

    /** The old values of the top-level fields whose values differ between two payloads, as a JSON object. */
    String previous(String before, String after);
}
