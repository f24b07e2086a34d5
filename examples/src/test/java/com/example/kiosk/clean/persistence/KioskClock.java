package com.example.kiosk.clean.persistence;

import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Clock;
import java.time.Instant;

/** Clean fixture: an adapter of the kiosk's own that implements an Onboard port (and reads a paging constant). */
public final class KioskClock implements Clock {
    @Override
    public Instant now() {
        return Instant.EPOCH.plusMillis(PageRequest.DEFAULT_LIMIT);
    }
}
