package com.example.pos.broken.cli;

import com.example.pos.broken.web.TerminalResource;

/** Broken fixture: named Main, but this hexagon's composition roots are others, so it may not use the web adapter. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        new TerminalResource().post(args[0]);
    }
}
