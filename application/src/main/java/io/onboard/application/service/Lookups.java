package io.onboard.application.service;

import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.store.StoreRef;
import io.onboard.domain.terminal.TerminalId;

/**
 * Parses ids that name an existing resource (in a path). An id that cannot exist names nothing: that is
 * {@code NOT_FOUND}, so malformed and unknown ids look the same to a prober.
 */
final class Lookups {
    private Lookups() {
    }

    static StoreRef storeRef(String value) {
        try {
            return StoreRef.parse(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("store", String.valueOf(value));
        }
    }

    static TerminalId terminalId(String value) {
        try {
            return TerminalId.parse(value);
        } catch (InvalidValueException e) {
            throw new NotFoundException("terminal", String.valueOf(value));
        }
    }
}
