package io.onboard.domain.terminal;

/** Why a terminal is in a transitional or failed status. */
public enum StatusReason {
    /** Being provisioned. */
    ADDING,
    /** Provisioning failed; a sync retry may fix it. */
    SYNC_ERROR,
    /** The device needs a software update before it can take payments. */
    CHECK_UPDATE
}
