package com.example.pos.broken.cli;

import com.example.pos.broken.usecases.service.RegisterTerminalService;

/** Broken fixture: a command that uses a service instead of the in port. */
public class RegisterCommand {
    private final RegisterTerminalService service = new RegisterTerminalService();

    public void run(String serial) {
        service.register(serial);
    }
}
