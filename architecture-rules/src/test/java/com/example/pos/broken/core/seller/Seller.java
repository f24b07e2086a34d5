package com.example.pos.broken.core.seller;

import com.example.pos.broken.usecases.Clock;

/** Broken fixture: a domain type that depends on a use-case port, outside java.. and the domain. */
public class Seller {
    private final Clock clock;

    public Seller(Clock clock) {
        this.clock = clock;
    }

    public long since() {
        return clock.millis();
    }
}
