package com.example.pos.broken.usecases.service;

import com.example.pos.broken.persistence.TerminalTable;
import com.example.pos.broken.usecases.RegisterTerminal;

/** Broken fixture: a service that writes through the persistence adapter instead of an out port. */
public class RegisterTerminalService implements RegisterTerminal {
    private final TerminalTable table = new TerminalTable();

    @Override
    public void register(String serial) {
        table.insert(serial);
    }
}
