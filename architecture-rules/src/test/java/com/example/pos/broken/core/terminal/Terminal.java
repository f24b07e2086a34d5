package com.example.pos.broken.core.terminal;

import com.example.pos.broken.core.store.Store;

/** Broken fixture: the other half of the store/terminal cycle. */
public record Terminal(String serial, Store store) {
}
