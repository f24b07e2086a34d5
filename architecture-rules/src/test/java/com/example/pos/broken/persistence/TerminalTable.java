package com.example.pos.broken.persistence;

/** Broken fixture: a driven adapter, itself innocent. */
public class TerminalTable {
    public void insert(String serial) {
    }
}
