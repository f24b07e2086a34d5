package com.example.pos.clean.usecases;

import com.example.pos.clean.core.terminal.Terminal;

/** Clean fixture: an out port. */
public interface Terminals {
    void save(Terminal terminal);
}
