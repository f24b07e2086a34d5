package io.onboard.domain.terminal;

/** What provisioning a device at the terminal provider came to, and the status it puts the terminal in. */
public enum ProvisioningResult {
    ACTIVATED(TerminalStatus.ACTIVE, null),
    FAILED(TerminalStatus.ERROR, StatusReason.SYNC_ERROR),
    NEEDS_UPDATE(TerminalStatus.ACTION_REQUIRED, StatusReason.CHECK_UPDATE);

    private final TerminalStatus status;
    private final StatusReason reason;

    ProvisioningResult(TerminalStatus status, StatusReason reason) {
        this.status = status;
        this.reason = reason;
    }

    TerminalStatus status() {
        return status;
    }

    StatusReason reason() {
        return reason;
    }
}
