package com.example.pos.clean.core.terminal;

import com.example.pos.clean.core.store.Store;

/** Clean fixture: terminal depends on store, never the other way round. */
public record Terminal(String serial, Store store, long[] counters) {
}
