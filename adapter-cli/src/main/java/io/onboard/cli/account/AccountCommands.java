package io.onboard.cli.account;

import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.AccountResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code onboard account}: operator accounts, the tenants everything else belongs to. */
@Command(name = "account", description = "Operator accounts: every seller, store, terminal and API client belongs to one.",
        subcommands = AccountCommands.Create.class)
public final class AccountCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: create");
    }

    /** {@code onboard account create <aid> [--name N]}. */
    @Command(name = "create", description = "Create an account. Test-mode accounts (T...) may use the AUTO_* shortcuts "
            + "of the KYC case; production accounts (P...) may not.")
    static final class Create implements Runnable {
        private final UseCases useCases;

        @Parameters(paramLabel = "<aid>", description = "The new account's id: T and 8 digits for test mode, P and 8 digits "
                + "for production (e.g. T11223351).")
        private String accountId;

        @Option(names = "--name", paramLabel = "<name>", description = "A name for people (up to 100 characters).")
        private String name;

        @Mixin
        private Output output;

        Create(UseCases useCases) {
            this.useCases = useCases;
        }

        @Override
        public void run() {
            AccountResponse account = AccountResponse.from(
                    useCases.createAccount().create(new CreateAccountCommand(accountId, name)));
            output.print(account, out -> out.println("Created account " + account.accountId()
                    + (account.name() == null ? "" : " (" + account.name() + ")")));
        }
    }
}
