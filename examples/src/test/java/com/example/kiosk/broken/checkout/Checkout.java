package com.example.kiosk.broken.checkout;

import io.onboard.application.builtin.SimulatedProvisioning;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.application.service.Onboard;
import io.onboard.application.service.RegisterTerminalService;
import io.onboard.domain.terminal.TerminalId;

/** Broken fixture: reaches past the public API into a service, a built-in and a server port, and wires Onboard itself. */
public final class Checkout {
    private final RegisterTerminalService registration;
    private final Onboard onboard;

    public Checkout(RegisterTerminalService registration, Onboard onboard) {
        this.registration = registration;
        this.onboard = onboard;
    }

    /** A server-only port: an embedder never needs idempotency records. */
    public Object remembered(IdempotencyRecords records) {
        return records;
    }

    public Object describe(TerminalId terminal) {
        return registration + " " + onboard + " " + terminal + " " + new SimulatedProvisioning();
    }
}
