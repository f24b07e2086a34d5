package io.onboard.http;

import io.onboard.application.port.in.webhook.WebhookUseCases;
import io.onboard.application.port.in.access.AuthenticateUseCase;
import io.onboard.application.port.in.access.RevokeApiClientUseCase;
import io.onboard.application.port.in.access.IssueTokenUseCase;
import io.onboard.application.port.in.event.GetEventUseCase;
import io.onboard.application.port.in.event.ListEventsUseCase;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.GetPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.ListPayoutDestinationsUseCase;
import io.onboard.application.port.in.seller.TakeCaseActionUseCase;
import io.onboard.application.port.in.session.CreateSessionUseCase;
import io.onboard.application.port.in.session.GetSessionUseCase;
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
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.application.port.out.Transactions;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything the HTTP API needs from the application: the use cases it maps requests to, plus the
 * remembered idempotent responses, the transactions they are stored in, and the clock that ages them. The composition root fills it in.
 */
public record UseCases(
        IssueTokenUseCase issueToken, AuthenticateUseCase authenticate, RevokeApiClientUseCase revokeApiClient,
        ApplyForPayoutDestinationUseCase applyForPayoutDestination, TakeCaseActionUseCase takeCaseAction,
        GetPayoutDestinationUseCase getPayoutDestination, ListPayoutDestinationsUseCase listPayoutDestinations,
        CreateStoreUseCase createStore, GetStoreUseCase getStore, ListStoresUseCase listStores,
        UpdateStoreUseCase updateStore, DeleteStoreUseCase deleteStore,
        RegisterTerminalUseCase registerTerminal, GetTerminalUseCase getTerminal, ListTerminalsUseCase listTerminals,
        UpdateTerminalUseCase updateTerminal, RemoveTerminalUseCase removeTerminal, SyncTerminalUseCase syncTerminal,
        CheckReadinessUseCase checkReadiness, CreateSessionUseCase createSession, GetSessionUseCase getSession,
        ListEventsUseCase listEvents, GetEventUseCase getEvent, WebhookUseCases webhooks, OperationUseCases operations,
        IdempotencyRecords idempotencyRecords, Transactions transactions, Clock clock) {

    public UseCases {
        Stream.of(issueToken, authenticate, revokeApiClient, applyForPayoutDestination, takeCaseAction, getPayoutDestination,
                listPayoutDestinations, createStore, getStore, listStores, updateStore, deleteStore, registerTerminal,
                getTerminal, listTerminals, updateTerminal, removeTerminal, syncTerminal, checkReadiness, createSession,
                getSession, listEvents, getEvent, webhooks, operations, idempotencyRecords, transactions, clock).forEach(Objects::requireNonNull);
    }
}
