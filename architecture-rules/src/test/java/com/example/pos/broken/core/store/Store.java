package com.example.pos.broken.core.store;

import com.example.pos.broken.core.terminal.Terminal;
import java.util.List;

/** Broken fixture: store knows its terminals while terminal knows its store, a package cycle. */
public record Store(String name, List<Terminal> terminals) {
    public Terminal first() {
        return terminals.get(0);
    }
}
