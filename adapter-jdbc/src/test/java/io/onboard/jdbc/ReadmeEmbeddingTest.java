package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.access.CreateAccountCommand;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.service.Onboard;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.Readiness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, word for word but for the file's folder, kept compiling and true. */
class ReadmeEmbeddingTest {
    @TempDir
    Path folder;

    @Test
    void the_readme_embedding_example_enrolls_a_terminal_in_a_sqlite_file() {
        try (SqliteStorage storage = SqliteStorage.open(folder.resolve("onboard.db"))) {
            Onboard onboard = Onboard.withBuiltIns(storage.persistence());

            AccountId account = AccountId.parse("T11223351");
            onboard.createAccount().create(new CreateAccountCommand(account.value(), "Oslo Kaffe"));
            onboard.applyForPayoutDestination().apply(new ApplyForPayoutDestinationCommand(account, "seller-1",
                    "Oslo Kaffe", "AUTO_APPROVE", "company", "NO", "923663487", null, null, null, null, null, null, null, null));
            StoreView store = onboard.createStore().create(new CreateStoreCommand(account, "oslo-center", "Oslo Center",
                    new StoreOrganizationInput("923663487", null, null), new PayoutDestinationRefInput("seller-1"),
                    null, null, null, null, null));
            TerminalView terminal = onboard.registerTerminal().register(new RegisterTerminalCommand(account,
                    "158222607285", "SATURN1000", store.store().id().value(), null));
            Readiness readiness = onboard.checkReadiness().check(account, terminal.terminal().terminalId().value());

            assertThat(readiness.enrolled()).isTrue();
        }
        try (SqliteStorage reopened = SqliteStorage.open(folder.resolve("onboard.db"))) {
            assertThat(reopened.persistence().accounts().any()).as("the data outlives the process").isTrue();
        }
    }
}
