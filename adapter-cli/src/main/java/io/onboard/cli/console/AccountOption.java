package io.onboard.cli.console;

import io.onboard.domain.account.AccountId;
import picocli.CommandLine.Option;

/** {@code --account <aid>}: the account a command works in. */
public final class AccountOption {
    @Option(names = "--account", required = true, paramLabel = "<aid>",
            description = "The account to work in: its id, T and 8 digits for test mode or P and 8 digits for production "
                    + "(e.g. T11223351).")
    private String account;

    /** The account id; a malformed one is refused with {@code VALIDATION_ERROR}. */
    public AccountId id() {
        return AccountId.parse(account);
    }
}
