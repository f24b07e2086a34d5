package com.example.pos.clean.web;

import com.example.pos.clean.usecases.RegisterTerminal;

/** Clean fixture: a driving adapter uses an in port only. */
public class TerminalResource {
    private final RegisterTerminal registerTerminal;

    public TerminalResource(RegisterTerminal registerTerminal) {
        this.registerTerminal = registerTerminal;
    }

    public String post(String serial) {
        return registerTerminal.register(serial).serial();
    }
}
