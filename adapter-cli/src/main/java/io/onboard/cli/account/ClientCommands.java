package io.onboard.cli.account;

import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.cli.console.Table;
import io.onboard.representation.AccessResponses.Client;
import io.onboard.representation.AccessResponses.ClientCredentials;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard client}: API credentials, so integrators can call the HTTP API. */
@Command(name = "client", description = "API clients: the client_id and client_secret an integrator exchanges for tokens.",
        subcommands = {ClientCommands.Create.class, ClientCommands.ListClients.class, ClientCommands.Revoke.class})
public final class ClientCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: one of create, list, revoke");
    }

    /** {@code onboard client create --account <aid> [--scopes a,b]}. */
    @Command(name = "create", description = {"Issue API credentials for an account. The secret is printed this once; "
            + "only its hash is stored, so it cannot be shown again."})
    static final class Create implements Runnable {
        private final UseCases useCases;

        @Mixin
        private AccountOption account;

        @Option(names = "--scopes", split = ",", paramLabel = "<scope>",
                description = "What the client may do, comma-separated (default: every scope). Known scopes: "
                        + "read:accounts, write:accounts (implies read), admin:accounts (implies all account scopes, "
                        + "needed to approve or decline sellers), read:checkout, write:checkout.")
        private List<String> scopes;

        @Mixin
        private Output output;

        Create(UseCases useCases) {
            this.useCases = useCases;
        }

        @Override
        public void run() {
            ClientCredentials client = ClientCredentials.from(
                    useCases.issueApiClient().issue(new IssueApiClientCommand(account.id(), scopes)));
            output.print(client, out -> {
                out.println("client_id=" + client.clientId() + " client_secret=" + client.clientSecret());
                out.println("scopes: " + String.join(", ", client.scopes()));
                output.err().println("Keep the secret now: it is shown only this once and stored only as a hash.");
            });
        }
    }

    /** {@code onboard client list --account <aid>}: ids, scopes and creation times, never a secret. */
    @Command(name = "list", description = "List the account's API clients (never their secrets).")
    static final class ListClients implements Runnable {
        private final UseCases useCases;

        @Mixin
        private AccountOption account;

        @Mixin
        private Output output;

        ListClients(UseCases useCases) {
            this.useCases = useCases;
        }

        @Override
        public void run() {
            List<Client> clients = useCases.listApiClients().list(account.id()).stream().map(Client::from).toList();
            output.print(clients, out -> {
                Table table = Table.of("CLIENT_ID", "SCOPES", "CREATED_AT");
                clients.forEach(c -> table.row(c.clientId(), String.join(",", c.scopes()), c.createdAt()));
                table.print(out);
            });
        }
    }

    /** {@code onboard client revoke --account <aid> <client_id>}. */
    @Command(name = "revoke", description = {"Revoke an API client: its secret issues no token any more, and every "
            + "token it holds stops working on every server within 5 seconds."})
    static final class Revoke implements Runnable {
        private final UseCases useCases;

        @Mixin
        private AccountOption account;

        @Parameters(index = "0", paramLabel = "<client_id>", description = "The client to revoke.")
        private String clientId;

        @Mixin
        private Output output;

        Revoke(UseCases useCases) {
            this.useCases = useCases;
        }

        @Override
        public void run() {
            Client revoked = Client.from(useCases.revokeApiClient().revoke(account.id(), clientId));
            output.print(revoked, out -> out.println("revoked " + revoked.clientId()
                    + "; its tokens stop working on every server within 5 seconds"));
        }
    }
}
