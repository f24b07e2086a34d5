package com.example.pos.broken.cli;

import com.example.pos.broken.persistence.TerminalTable;
import com.example.pos.broken.usecases.service.RegisterTerminalService;

/** Broken fixture, but innocent itself: a composition root may know the persistence adapter and the services. */
public final class PosCli {
    private PosCli() {
    }

    public static void main(String[] args) {
        new TerminalTable().insert(args[0]);
        new RegisterTerminalService().register(args[0]);
    }
}
