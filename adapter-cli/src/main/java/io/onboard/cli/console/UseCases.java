package io.onboard.cli.console;

import io.onboard.application.port.in.account.CreateAccountUseCase;
import io.onboard.application.port.in.access.IssueApiClientUseCase;
import io.onboard.application.port.in.access.ListApiClientsUseCase;
import io.onboard.application.port.in.access.RevokeApiClientUseCase;
import io.onboard.application.port.in.event.GetEventUseCase;
import io.onboard.application.port.in.operation.GetOperationUseCase;
import io.onboard.application.port.in.operation.ListOperationsUseCase;
import io.onboard.application.port.in.operation.StartOperationUseCase;
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
import io.onboard.application.port.in.webhook.WebhookUseCases;

/**
 * The use cases the commands drive. The composition root provides them, opening the database only when a
 * command first asks for one, so {@code --help} and usage errors never touch it.
 */
public interface UseCases {
    CreateAccountUseCase createAccount();

    IssueApiClientUseCase issueApiClient();

    ListApiClientsUseCase listApiClients();

    RevokeApiClientUseCase revokeApiClient();

    ApplyForPayoutDestinationUseCase applyForPayoutDestination();

    TakeCaseActionUseCase takeCaseAction();

    GetPayoutDestinationUseCase getPayoutDestination();

    ListPayoutDestinationsUseCase listPayoutDestinations();

    CreateStoreUseCase createStore();

    GetStoreUseCase getStore();

    ListStoresUseCase listStores();

    UpdateStoreUseCase updateStore();

    DeleteStoreUseCase deleteStore();

    RegisterTerminalUseCase registerTerminal();

    GetTerminalUseCase getTerminal();

    ListTerminalsUseCase listTerminals();

    UpdateTerminalUseCase updateTerminal();

    RemoveTerminalUseCase removeTerminal();

    SyncTerminalUseCase syncTerminal();

    CheckReadinessUseCase checkReadiness();

    CheckSessionUseCase checkSession();

    ListEventsUseCase listEvents();

    GetEventUseCase getEvent();

    StartOperationUseCase startOperation();

    GetOperationUseCase getOperation();

    ListOperationsUseCase listOperations();

    /** Webhook subscriptions and their delivery log. */
    WebhookUseCases webhooks();
}
