package io.onboard.cli;

import io.onboard.application.port.in.account.CreateAccountUseCase;
import io.onboard.application.port.in.access.IssueApiClientUseCase;
import io.onboard.application.port.in.access.ListApiClientsUseCase;
import io.onboard.application.port.in.access.RevokeApiClientUseCase;
import io.onboard.application.port.in.event.GetEventUseCase;
import io.onboard.application.port.in.event.ListEventsUseCase;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.GetPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.ListPayoutDestinationsUseCase;
import io.onboard.application.port.in.seller.TakeCaseActionUseCase;
import io.onboard.application.port.in.session.CheckSessionUseCase;
import io.onboard.application.port.in.store.CreateStoreUseCase;
import io.onboard.application.port.in.store.DeleteStoreUseCase;
import io.onboard.application.port.in.store.GetStoreUseCase;
import io.onboard.application.port.in.store.ListStoresUseCase;
import io.onboard.application.port.in.store.UpdateStoreUseCase;
import io.onboard.application.port.in.terminal.CheckReadinessUseCase;
import io.onboard.application.port.in.terminal.GetTerminalUseCase;
import io.onboard.application.port.in.terminal.ListTerminalsUseCase;
import io.onboard.application.port.in.terminal.RegisterTerminalUseCase;
import io.onboard.application.port.in.terminal.RemoveTerminalUseCase;
import io.onboard.application.port.in.terminal.SyncTerminalUseCase;
import io.onboard.application.port.in.terminal.UpdateTerminalUseCase;
import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.port.out.Operations;
import io.onboard.application.port.in.operation.GetOperationUseCase;
import io.onboard.application.port.in.operation.ListOperationsUseCase;
import io.onboard.application.port.in.operation.StartOperationUseCase;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.service.Access;
import io.onboard.application.service.Onboard;
import io.onboard.cli.console.UseCases;
import io.onboard.application.port.in.webhook.WebhookUseCases;
import io.onboard.application.port.out.WebhookStorage;
import io.onboard.application.service.Webhooks;
import io.onboard.jdbc.SecretSeal;
import io.onboard.jdbc.JdbcStorage;
import io.onboard.sender.JettyWebhookSender;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The CLI's composition root: wires storage to the application by plain constructors and hands the use
 * cases to the command tree. The database is opened when a command first needs a use case, so {@code --help}
 * and usage errors never touch it, and closed when the command ends.
 */
public final class Main implements UseCases {
    private final Function<String, Storage> storageAt;
    private Supplier<String> database = () -> {
        throw new IllegalStateException("no command line parsed yet");
    };
    private Supplier<Path> secretKeyFile = () -> {
        throw new IllegalStateException("no command line parsed yet");
    };
    private Storage storage;
    private Onboard onboard;
    private Access access;
    private JettyWebhookSender sender;
    private WebhookUseCases webhooks;

    /** Opened storage: its ports, the webhook storage with the secrets sealed under a key file, and how to close it. */
    record Storage(OnboardingStorage onboarding, AccessStorage access, Operations operations,
                   Function<Path, WebhookStorage> webhooks, AutoCloseable closer) {
        Storage {
            Objects.requireNonNull(onboarding, "onboarding");
            Objects.requireNonNull(operations, "operations");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(webhooks, "webhooks");
            Objects.requireNonNull(closer, "closer");
        }
    }

    Main(Function<String, Storage> storageAt) {
        this.storageAt = storageAt;
    }

    public static void main(String[] args) {
        // Libraries log through java.util.logging (Hibernate Validator announces itself at INFO); an operator
        // wants only the command's own output, and warnings.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(new Main(Main::open).run(args));
    }

    /**
     * The database the server uses too: a SQLite file (in WAL mode, so both may run at once) or a PostgreSQL URL.
     */
    static Storage open(String database) {
        JdbcStorage storage = JdbcStorage.open(database);
        return new Storage(storage.onboarding(), storage.access(), storage.operations(),
                key -> storage.webhooks(SecretSeal.loadOrCreate(key)), storage);
    }

    /** Runs one command line with the console's streams; returns the exit code. */
    int run(String... args) {
        return run(commandLine(), args);
    }

    /** Runs one command line printing to {@code out} and {@code err}; returns the exit code. */
    int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return run(commandLine, args);
    }

    private CommandLine commandLine() {
        CommandLine commandLine = OnboardCommand.commandLine(this);
        OnboardCommand root = commandLine.getCommand();
        database = root::database;
        secretKeyFile = () -> {
            if (root.givenSecretKeyFile() != null) {
                return root.givenSecretKeyFile();
            }
            try {
                return JdbcStorage.defaultSecretKeyFile(root.database());
            } catch (IllegalArgumentException e) {
                throw root.usageError(e.getMessage());
            }
        };
        return commandLine;
    }

    private int run(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } finally {
            close();
        }
    }

    private Onboard onboard() {
        if (onboard == null) {
            storage = storageAt.apply(database.get());
            // operations are carried out by the server's worker; the CLI starts and reads them
            onboard = Onboard.builder(storage.onboarding()).operations(storage.operations()).build();
            access = Access.withDefaults(storage.onboarding(), storage.access());
        }
        return onboard;
    }

    private Access access() {
        onboard();
        return access;
    }

    private void close() {
        if (sender != null) {
            sender.close();
            sender = null;
            webhooks = null;
        }
        if (storage != null) {
            try {
                storage.closer().close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the database cleanly", e);
            } finally {
                storage = null;
                onboard = null;
                access = null;
            }
        }
    }

    @Override
    public CreateAccountUseCase createAccount() {
        return onboard().createAccount();
    }

    @Override
    public IssueApiClientUseCase issueApiClient() {
        return access().issueApiClient();
    }

    @Override
    public ListApiClientsUseCase listApiClients() {
        return access().listApiClients();
    }

    @Override
    public RevokeApiClientUseCase revokeApiClient() {
        return access().revokeApiClient();
    }

    @Override
    public ApplyForPayoutDestinationUseCase applyForPayoutDestination() {
        return onboard().applyForPayoutDestination();
    }

    @Override
    public TakeCaseActionUseCase takeCaseAction() {
        return onboard().takeCaseAction();
    }

    @Override
    public GetPayoutDestinationUseCase getPayoutDestination() {
        return onboard().getPayoutDestination();
    }

    @Override
    public ListPayoutDestinationsUseCase listPayoutDestinations() {
        return onboard().listPayoutDestinations();
    }

    @Override
    public CreateStoreUseCase createStore() {
        return onboard().createStore();
    }

    @Override
    public GetStoreUseCase getStore() {
        return onboard().getStore();
    }

    @Override
    public ListStoresUseCase listStores() {
        return onboard().listStores();
    }

    @Override
    public UpdateStoreUseCase updateStore() {
        return onboard().updateStore();
    }

    @Override
    public DeleteStoreUseCase deleteStore() {
        return onboard().deleteStore();
    }

    @Override
    public RegisterTerminalUseCase registerTerminal() {
        return onboard().registerTerminal();
    }

    @Override
    public GetTerminalUseCase getTerminal() {
        return onboard().getTerminal();
    }

    @Override
    public ListTerminalsUseCase listTerminals() {
        return onboard().listTerminals();
    }

    @Override
    public UpdateTerminalUseCase updateTerminal() {
        return onboard().updateTerminal();
    }

    @Override
    public RemoveTerminalUseCase removeTerminal() {
        return onboard().removeTerminal();
    }

    @Override
    public SyncTerminalUseCase syncTerminal() {
        return onboard().syncTerminal();
    }

    @Override
    public CheckReadinessUseCase checkReadiness() {
        return onboard().checkReadiness();
    }

    @Override
    public CheckSessionUseCase checkSession() {
        return onboard().checkSession();
    }

    @Override
    public ListEventsUseCase listEvents() {
        return onboard().listEvents();
    }

    @Override
    public GetEventUseCase getEvent() {
        return onboard().getEvent();
    }

    @Override
    public StartOperationUseCase startOperation() {
        return onboard().startOperation();
    }

    @Override
    public GetOperationUseCase getOperation() {
        return onboard().getOperation();
    }

    @Override
    public ListOperationsUseCase listOperations() {
        return onboard().listOperations();
    }

    /** Pings go out from this process, through the same sender as the server's deliveries. */
    @Override
    public WebhookUseCases webhooks() {
        if (webhooks == null) {
            onboard();
            sender = new JettyWebhookSender();
            webhooks = Webhooks.withDefaults(storage.onboarding(), storage.webhooks().apply(secretKeyFile.get()), sender)
                    .useCases();
        }
        return webhooks;
    }
}
