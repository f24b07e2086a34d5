package com.example.pos.clean.cli;

import com.example.pos.clean.usecases.RegisterTerminal;

/** Clean fixture: the other driving adapter, also through the in port. */
public class RegisterCommand {
    private final RegisterTerminal registerTerminal;

    public RegisterCommand(RegisterTerminal registerTerminal) {
        this.registerTerminal = registerTerminal;
    }

    public void run(String serial) {
        registerTerminal.register(serial);
    }
}
