package com.example.pos.broken.web;

import com.example.pos.broken.persistence.TerminalTable;

/** Broken fixture: a web resource (not a composition root) that writes through the persistence adapter. */
public class TerminalResource {
    private final TerminalTable table = new TerminalTable();

    public void post(String serial) {
        table.insert(serial);
    }
}
