package com.example.pos.clean.usecases;

import com.example.pos.clean.core.terminal.Terminal;

/** Clean fixture: an in port. */
public interface RegisterTerminal {
    Terminal register(String serial);
}
