package io.onboard.cli.console;

/**
 * The exit codes of SPEC 7. Which one a refusal gets is decided by its exception type, as the HTTP status is:
 * {@code NotFoundException} is 3, every other refusal (bad values, rules, conflicts) is 1 with its code printed;
 * 2 is reserved for a command line picocli cannot make sense of (or a file it names that cannot be read).
 */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    /** Not a refusal but a fault (a bug, or a database that cannot be opened): sysexits' EX_SOFTWARE. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
