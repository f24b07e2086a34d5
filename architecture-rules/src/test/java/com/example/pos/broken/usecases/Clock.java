package com.example.pos.broken.usecases;

/** Broken fixture: an out port, itself innocent. */
public interface Clock {
    long millis();
}
