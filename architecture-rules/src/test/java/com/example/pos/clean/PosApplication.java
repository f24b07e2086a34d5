package com.example.pos.clean;

import com.example.pos.clean.persistence.TerminalTable;
import com.example.pos.clean.usecases.service.RegisterTerminalService;
import com.example.pos.clean.web.TerminalResource;

/** Clean fixture: the web application's composition root, outside every adapter. */
public final class PosApplication {
    private PosApplication() {
    }

    public static TerminalResource wire() {
        return new TerminalResource(new RegisterTerminalService(new TerminalTable()));
    }
}
