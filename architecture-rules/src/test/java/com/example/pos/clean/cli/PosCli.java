package com.example.pos.clean.cli;

import com.example.pos.clean.persistence.TerminalTable;
import com.example.pos.clean.usecases.service.RegisterTerminalService;

/** Clean fixture: the CLI's composition root, inside an adapter, wires the persistence adapter to a service. */
public final class PosCli {
    private PosCli() {
    }

    public static void main(String[] args) {
        TerminalTable table = new TerminalTable();
        Runtime.getRuntime().addShutdownHook(new Thread(new Shutdown(table)));
        new RegisterCommand(new RegisterTerminalService(table)).run(args[0]);
    }

    /** Nested in the composition root, so it may know the persistence adapter too. */
    static final class Shutdown implements Runnable {
        private final TerminalTable table;

        Shutdown(TerminalTable table) {
            this.table = table;
        }

        @Override
        public void run() {
            table.close();
        }
    }
}
