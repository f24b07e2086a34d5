package com.example.kiosk.broken.checkout;

import io.onboard.application.builtin.SimulatedProvisioning;
import io.onboard.application.service.Onboard;
import io.onboard.application.service.RegisterTerminalService;
import io.onboard.domain.terminal.TerminalId;

/** Broken fixture: reaches past the public API into a service and a built-in, and wires Onboard itself. */
public final class Checkout {
    private final RegisterTerminalService registration;
    private final Onboard onboard;

    public Checkout(RegisterTerminalService registration, Onboard onboard) {
        this.registration = registration;
        this.onboard = onboard;
    }

    public Object describe(TerminalId terminal) {
        return registration + " " + onboard + " " + terminal + " " + new SimulatedProvisioning();
    }
}
