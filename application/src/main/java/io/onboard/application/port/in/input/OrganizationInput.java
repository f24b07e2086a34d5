package io.onboard.application.port.in.input;

/** Organization names as a client sends them: the registered name and, optionally, the name it trades under. */
public record OrganizationInput(String name, String tradeName) {
    /** An organization known by its registered name only. */
    public static OrganizationInput named(String name) {
        return new OrganizationInput(name, null);
    }

    /** The same organization, trading under {@code tradeName}. */
    public OrganizationInput tradingAs(String tradeName) {
        return new OrganizationInput(name, tradeName);
    }
}
