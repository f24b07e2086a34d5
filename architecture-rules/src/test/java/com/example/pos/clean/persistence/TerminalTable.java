package com.example.pos.clean.persistence;

import com.example.pos.clean.core.terminal.Terminal;
import com.example.pos.clean.usecases.Terminals;

/** Clean fixture: the driven adapter implements an out port. */
public class TerminalTable implements Terminals {
    @Override
    public void save(Terminal terminal) {
    }

    public void close() {
    }
}
