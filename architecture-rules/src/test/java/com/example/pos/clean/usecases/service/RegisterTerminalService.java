package com.example.pos.clean.usecases.service;

import com.example.pos.clean.core.store.Store;
import com.example.pos.clean.core.terminal.Terminal;
import com.example.pos.clean.usecases.RegisterTerminal;
import com.example.pos.clean.usecases.Terminals;
import java.util.List;

/** Clean fixture: a service behind the in port, using the out port. */
public class RegisterTerminalService implements RegisterTerminal {
    private final Terminals terminals;

    public RegisterTerminalService(Terminals terminals) {
        this.terminals = terminals;
    }

    @Override
    public Terminal register(String serial) {
        Terminal terminal = new Terminal(serial, new Store("Oslo", new int[0], new byte[0], List.of()), new long[1]);
        terminals.save(terminal);
        return terminal;
    }
}
