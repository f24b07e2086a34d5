package com.example.pos;

import com.example.pos.sale.Sale;
import com.example.pos.till.Till;
import io.onboard.application.paging.Page;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.service.Onboard;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.TerminalStatus;
import io.onboard.jdbc.SqliteStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Onboards a seller, a store and a terminal into a SQLite file, then starts a payment session on the terminal. */
public final class EmbeddingExample {
    public static void main(String[] args) throws IOException {
        // The account below can be created once per file: a second run on the same file is refused.
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("onboard").resolve("onboard.db");
        try (SqliteStorage storage = SqliteStorage.open(file)) {            // creates and migrates the file
            Onboard onboard = Onboard.withBuiltIns(storage.onboarding());    // built-in screener and provisioner
            AccountId account = AccountId.parse("T11223351");                // T...: a test-mode account
            PayoutDestinationId seller = new PayoutDestinationId("seller-1");
            onboard.createAccount().create(CreateAccountCommand.of(account, "Oslo Kaffe"));

            // 1. The seller of record. In test mode, AUTO_APPROVE takes its KYC case straight to ACTIVE.
            onboard.applyForPayoutDestination().apply(ApplyForPayoutDestinationCommand.builder()
                    .account(account)
                    .payoutDestinationId(seller)
                    .name("Oslo Kaffe")
                    .description("AUTO_APPROVE")
                    .company(new CountryCode("NO"), "923663487")
                    .build());

            // 2. A store linked to it; what is left out (address, phone...) is filled from the seller's KYC data.
            StoreView store = onboard.createStore().create(CreateStoreCommand.builder()
                    .account(account)
                    .storeId("oslo-center")
                    .storeName("Oslo Center")
                    .payoutDestination(seller)
                    .build());

            // 3. A terminal in that store. The simulated provisioner fails serial numbers starting with FAIL.
            TerminalView terminal = onboard.registerTerminal().register(RegisterTerminalCommand.builder()
                    .account(account)
                    .serialNumber("158222607285")
                    .model(DeviceModel.SATURN1000)
                    .store(store.serverId())
                    .build());
            Readiness readiness = onboard.checkReadiness().check(account, terminal.terminalId());
            System.out.println(terminal.terminalId() + " is " + terminal.status() + ", enrolled: " + readiness.enrolled());

            // 4. The point-of-sale system's own code takes just the use cases it needs.
            Till till = new Till(account, store.storeId(), terminal.terminalId(), seller, onboard.createSession());
            TerminalSession session = till.charge(new Sale("order-1", 12900, "NOK"));
            System.out.println("session " + session.id() + " is " + session.status());

            // Every refusal is a DomainException with a stable code and every field at fault.
            try {
                onboard.registerTerminal().register(RegisterTerminalCommand.builder()
                        .account(account)
                        .serialNumber("158222607285")
                        .model(DeviceModel.S1P2)
                        .store(store.serverId())
                        .build());
            } catch (DomainException refused) {
                System.out.println("refused: " + refused.code());
            }

            // Lists come a page at a time; a page's cursor goes straight into the query for the next one.
            Optional<ListTerminalsQuery> query = Optional.of(
                    ListTerminalsQuery.builder(account).status(TerminalStatus.ACTIVE).limit(50).build());
            while (query.isPresent()) {
                Page<TerminalView> page = onboard.listTerminals().list(query.get());
                page.items().forEach(t -> System.out.println(t.terminalId() + " " + t.serialNumber() + " in " + t.storeId()));
                query = page.next().map(query.get()::after);
            }
        }
    }
}
