package com.example.pos.broken.usecases;

/** Broken fixture: an in port, itself innocent. */
public interface RegisterTerminal {
    void register(String serial);
}
