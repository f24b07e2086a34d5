package io.onboard.domain.session;

/** Where a terminal session stands; Onboard creates sessions, the payment itself happens on the terminal. */
public enum SessionStatus {
    CREATED
}
