package io.onboard.cli;

import io.onboard.cli.account.AccountCommands;
import io.onboard.cli.account.ClientCommands;
import io.onboard.cli.console.Failures;
import io.onboard.cli.console.UseCaseFactory;
import io.onboard.cli.console.UseCases;
import io.onboard.cli.event.EventCommands;
import io.onboard.cli.hook.HookCommands;
import io.onboard.cli.seller.SellerCommands;
import io.onboard.cli.session.SessionCommands;
import io.onboard.cli.store.StoreCommands;
import io.onboard.cli.terminal.TerminalCommands;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code onboard}: the root of SPEC 7's command tree and the options every command shares. */
@Command(name = "onboard",
        description = {
            "In-person payment terminal onboarding from the command line: sellers (payout destinations) and their "
                    + "KYC case, stores, terminals, and whether a checkout session may target a terminal.",
            "Works directly on the database file the server uses; both may run at once. The rules and error codes "
                    + "are the HTTP API's."},
        subcommands = {AccountCommands.class, ClientCommands.class, SellerCommands.class, StoreCommands.class, HookCommands.class,
            TerminalCommands.class, SessionCommands.class, EventCommands.class},
        versionProvider = OnboardCommand.Version.class,
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  refused by a rule: its error code and message are on stderr",
            "     (terminal import: one or more rows failed)",
            "  2  usage error: the command line is wrong, or a file it names is unreadable",
            "  3  not found: the account's seller, store or terminal named does not exist"})
public final class OnboardCommand implements Runnable {
    @Option(names = "--db", paramLabel = "<path|url>", scope = ScopeType.INHERIT,
            defaultValue = "${env:ONBOARD_DB:-./onboard.db}",
            description = "The database the server uses: a SQLite file, or a jdbc:postgresql:// URL (env ONBOARD_DB; "
                    + "default ./onboard.db). Now: ${DEFAULT-VALUE}.")
    private String database;

    @Option(names = "--secret-key-file", paramLabel = "<path>", scope = ScopeType.INHERIT,
            defaultValue = "${env:ONBOARD_SECRET_KEY_FILE}",
            description = "The key webhook signing secrets are sealed with, the same file the server uses "
                    + "(env ONBOARD_SECRET_KEY_FILE; default the SQLite file's path plus .key; required with PostgreSQL).")
    private Path secretKeyFile;

    @Option(names = Failures.VERBOSE, scope = ScopeType.INHERIT,
            description = "When a command fails, print the stack trace as well.")
    private boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show what this command does and its options.")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version.")
    private boolean version;

    @Spec
    private CommandSpec spec;

    /** The whole command tree over {@code useCases}, reporting failures and exit codes as SPEC 7 says. */
    public static CommandLine commandLine(UseCases useCases) {
        Failures failures = new Failures();
        return new CommandLine(OnboardCommand.class, new UseCaseFactory(useCases))
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures);
    }

    public String database() {
        return database;
    }

    /** The key file given, or null: the composition root then picks it as the server does. */
    public Path givenSecretKeyFile() {
        return secretKeyFile;
    }

    /** A usage error saying {@code why}, as picocli reports its own. */
    public ParameterException usageError(String why) {
        return new ParameterException(spec.commandLine(), why);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: one of account, client, seller, store, terminal, session, event, hook");
    }

    /** The version of the build, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = OnboardCommand.class.getPackage().getImplementationVersion();
            return new String[] {"onboard " + (version == null ? "(development build)" : version)};
        }
    }
}
