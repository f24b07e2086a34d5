package com.example.pos.broken;

import com.example.pos.broken.persistence.TerminalTable;
import com.example.pos.broken.web.TerminalResource;

/** Broken fixture, but innocent itself: the composition root outside every adapter. */
public final class PosApplication {
    private PosApplication() {
    }

    public static void main(String[] args) {
        new TerminalTable().insert(args[0]);
        new TerminalResource().post(args[0]);
    }
}
