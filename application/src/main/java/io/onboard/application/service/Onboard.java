package io.onboard.application.service;

import io.onboard.application.builtin.BuiltInScreening;
import io.onboard.application.builtin.SimulatedProvisioning;
import io.onboard.application.builtin.SystemClock;
import io.onboard.application.port.in.account.CreateAccountUseCase;
import io.onboard.application.port.in.event.GetEventUseCase;
import io.onboard.application.port.in.event.ListEventsUseCase;
import io.onboard.application.port.in.event.PurgeOldEventsUseCase;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.GetPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.ListPayoutDestinationsUseCase;
import io.onboard.application.port.in.seller.TakeCaseActionUseCase;
import io.onboard.application.port.in.session.CheckSessionUseCase;
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
import io.onboard.application.builtin.SimulatedDevices;
import io.onboard.application.port.in.operation.GetOperationUseCase;
import io.onboard.application.port.in.operation.ListOperationsUseCase;
import io.onboard.application.port.in.operation.RunOperationsUseCase;
import io.onboard.application.port.in.operation.StartOperationUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Devices;
import io.onboard.application.port.out.Operations;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.application.port.out.EventPayloads;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.PendingProvisioning;
import io.onboard.application.port.out.Provisioning;
import io.onboard.application.port.out.Provisionings;
import io.onboard.application.port.out.Screening;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The embedding facade: every onboarding use case, wired by plain constructors from the storage ports. A
 * composition root (the server's or the CLI's {@code Main}, or an embedding point-of-sale system) builds one
 * and hands its use cases out. What only the HTTP server needs (API clients, tokens) is {@link Access}.
 */
public final class Onboard {
    private final ApplyForPayoutDestinationService applyForPayoutDestination;
    private final TakeCaseActionService takeCaseAction;
    private final GetPayoutDestinationService getPayoutDestination;
    private final ListPayoutDestinationsService listPayoutDestinations;
    private final CreateStoreService createStore;
    private final GetStoreService getStore;
    private final ListStoresService listStores;
    private final UpdateStoreService updateStore;
    private final DeleteStoreService deleteStore;
    private final RegisterTerminalService registerTerminal;
    private final GetTerminalService getTerminal;
    private final ListTerminalsService listTerminals;
    private final UpdateTerminalService updateTerminal;
    private final RemoveTerminalService removeTerminal;
    private final SyncTerminalService syncTerminal;
    private final CheckReadinessService checkReadiness;
    private final CreateSessionService createSession;
    private final CheckSessionService checkSession;
    private final GetSessionService getSession;
    private final CreateAccountService createAccount;

    private final ListEventsService listEvents;
    private final GetEventService getEvent;
    private final PurgeOldEventsService purgeOldEvents;

    private final StartOperationUseCase startOperation;
    private final GetOperationUseCase getOperation;
    private final ListOperationsUseCase listOperations;
    private final RunOperationsUseCase runOperations;

    private Onboard(Builder chosen, EventPayloads payloads) {
        OnboardingStorage storage = chosen.storage;
        Clock clock = chosen.clock;
        Screening screening = chosen.screening;
        Optional<Operations> operationStorage = Optional.ofNullable(chosen.operations);
        Optional<Provisionings> provisionings = Optional.ofNullable(chosen.provisionings);
        // every write through these ports records its event in the same transaction (SPEC 9)
        OnboardingStorage db = EventRecording.around(storage, payloads, clock);
        var tx = db.transactions();
        var sellerViews = new SellerViews(db.stores(), db.terminals());
        var storeViews = new StoreViews(db.payoutDestinations(), db.terminals());
        var terminalViews = new TerminalViews(db.stores());
        var links = new StoreLinks(db.payoutDestinations());
        var sessionTargets = new SessionTargets(db.enrollmentChains());
        var provisioner = new TerminalProvisioner(chosen.provisioning, provisionings, chosen.provisioningTimeout,
                db.terminals(), tx, clock);

        applyForPayoutDestination = new ApplyForPayoutDestinationService(db.accounts(), db.payoutDestinations(), sellerViews, tx, clock);
        takeCaseAction = new TakeCaseActionService(db.payoutDestinations(), new LinkedStores(db.stores()), sellerViews,
                screening, tx, clock);
        getPayoutDestination = new GetPayoutDestinationService(db.payoutDestinations(), sellerViews);
        listPayoutDestinations = new ListPayoutDestinationsService(db.payoutDestinations(), sellerViews);
        createStore = new CreateStoreService(db.stores(), links, db.sequences(), tx, clock);
        getStore = new GetStoreService(db.stores(), storeViews);
        listStores = new ListStoresService(db.stores(), storeViews);
        updateStore = new UpdateStoreService(db.stores(), links, storeViews, tx, clock);
        deleteStore = new DeleteStoreService(db.stores(), db.terminals(), storeViews, tx, clock);
        registerTerminal = new RegisterTerminalService(db.stores(), db.terminals(), db.sequences(), provisioner, tx, clock);
        getTerminal = new GetTerminalService(db.terminals(), terminalViews, tx);
        listTerminals = new ListTerminalsService(db.stores(), db.terminals(), terminalViews, tx);
        updateTerminal = new UpdateTerminalService(db.stores(), db.terminals(), terminalViews, tx, clock);
        Optional<Operations> operations = operationStorage.map(ops -> EventRecording.around(ops, storage, payloads, clock));
        PendingOperations pending = new PendingOperations(operations);
        removeTerminal = new RemoveTerminalService(db.terminals(), terminalViews, pending, tx, clock);
        syncTerminal = new SyncTerminalService(db.stores(), db.terminals(), provisioner, tx, clock);
        checkReadiness = new CheckReadinessService(db.enrollmentChains());
        createSession = new CreateSessionService(sessionTargets, db.sessions(), tx, clock);
        checkSession = new CheckSessionService(sessionTargets, tx);
        getSession = new GetSessionService(db.sessions());
        createAccount = new CreateAccountService(db.accounts(), tx, clock);
        listEvents = new ListEventsService(db.events());
        getEvent = new GetEventService(db.events());
        purgeOldEvents = new PurgeOldEventsService(db.events(), tx, clock);
        List<RunOperationsUseCase> work = new ArrayList<>();
        if (operations.isPresent()) {
            Operations ops = operations.get();
            startOperation = new StartOperationService(db.terminals(), ops, pending, tx, clock, chosen.operationTimeout);
            getOperation = new GetOperationService(ops);
            listOperations = new ListOperationsService(db.terminals(), ops);
            work.add(new RunOperationsService(db.terminals(), ops, chosen.devices, tx, clock));
        } else {
            startOperation = command -> noOperations();
            getOperation = (account, terminal, id) -> noOperations();
            listOperations = (account, terminal, limit, after) -> noOperations();
        }
        provisionings.ifPresent(queue -> work.add(new RunProvisioningService(chosen.provisioning, queue, db.terminals(),
                db.stores(), tx, clock)));
        runOperations = new WorkerRounds(work);
    }

    private static <T> T noOperations() {
        throw new UnsupportedOperationException("terminal operations need storage of their own: build Onboard with"
                + " Onboard.builder(storage).operations(...)");
    }

    /**
     * Loads what the first use case call would otherwise load on its way (the Bean Validation factory, a
     * quarter of a second), so a server can do it on another core while it opens its database. Optional.
     */
    public static void prepare() {
        CommandValidator.prepare();
    }

    /** Onboarding over {@code storage} with the built-in screener, the simulated provisioner and the system clock. */
    public static Onboard withBuiltIns(OnboardingStorage storage) {
        return builder(storage).build();
    }

    /** Onboarding over {@code storage}; what the builder is not told, it takes from the built-ins. */
    public static Builder builder(OnboardingStorage storage) {
        return new Builder(storage);
    }

    public ApplyForPayoutDestinationUseCase applyForPayoutDestination() {
        return applyForPayoutDestination;
    }

    public TakeCaseActionUseCase takeCaseAction() {
        return takeCaseAction;
    }

    public GetPayoutDestinationUseCase getPayoutDestination() {
        return getPayoutDestination;
    }

    public ListPayoutDestinationsUseCase listPayoutDestinations() {
        return listPayoutDestinations;
    }

    public CreateStoreUseCase createStore() {
        return createStore;
    }

    public GetStoreUseCase getStore() {
        return getStore;
    }

    public ListStoresUseCase listStores() {
        return listStores;
    }

    public UpdateStoreUseCase updateStore() {
        return updateStore;
    }

    public DeleteStoreUseCase deleteStore() {
        return deleteStore;
    }

    public RegisterTerminalUseCase registerTerminal() {
        return registerTerminal;
    }

    public GetTerminalUseCase getTerminal() {
        return getTerminal;
    }

    public ListTerminalsUseCase listTerminals() {
        return listTerminals;
    }

    public UpdateTerminalUseCase updateTerminal() {
        return updateTerminal;
    }

    public RemoveTerminalUseCase removeTerminal() {
        return removeTerminal;
    }

    public SyncTerminalUseCase syncTerminal() {
        return syncTerminal;
    }

    public CheckReadinessUseCase checkReadiness() {
        return checkReadiness;
    }

    public CreateSessionUseCase createSession() {
        return createSession;
    }

    public CheckSessionUseCase checkSession() {
        return checkSession;
    }

    public GetSessionUseCase getSession() {
        return getSession;
    }

    public CreateAccountUseCase createAccount() {
        return createAccount;
    }

    public ListEventsUseCase listEvents() {
        return listEvents;
    }

    public GetEventUseCase getEvent() {
        return getEvent;
    }

    public PurgeOldEventsUseCase purgeOldEvents() {
        return purgeOldEvents;
    }

    public StartOperationUseCase startOperation() {
        return startOperation;
    }

    public GetOperationUseCase getOperation() {
        return getOperation;
    }

    public ListOperationsUseCase listOperations() {
        return listOperations;
    }

    /** The operations worker's round, for the server's background loop (or an embedder's own scheduler). */
    public RunOperationsUseCase runOperations() {
        return runOperations;
    }


    /** Chooses the screener, provisioner and clock; each left out is the built-in one. */
    public static final class Builder {
        private final OnboardingStorage storage;
        private Clock clock = new SystemClock();
        private Screening screening = new BuiltInScreening();
        private Provisioning provisioning = new SimulatedProvisioning();
        private EventPayloads eventPayloads;
        private Operations operations;
        private Devices devices = new SimulatedDevices();
        private Duration operationTimeout = TerminalOperation.DEFAULT_TIMEOUT;
        private Provisionings provisionings;
        private Duration provisioningTimeout = PendingProvisioning.DEFAULT_TIMEOUT;

        private Builder(OnboardingStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
        }

        /** The KYC screener run when a seller signs; built in: passes a complete, valid case and flags the rest for review. */
        public Builder screening(Screening screening) {
            this.screening = Objects.requireNonNull(screening, "screening");
            return this;
        }

        /** The terminal provider; built in: a simulation in which serial numbers starting with {@code FAIL} fail. */
        public Builder provisioning(Provisioning provisioning) {
            this.provisioning = Objects.requireNonNull(provisioning, "provisioning");
            return this;
        }

        /** The time every change is stamped with; built in: the system clock, to the millisecond. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How events show the resources they carry; left out, the one on the classpath (onboard-representation
         * provides it, in the API's own JSON).
         */
        public Builder eventPayloads(EventPayloads eventPayloads) {
            this.eventPayloads = Objects.requireNonNull(eventPayloads, "eventPayloads");
            return this;
        }

        /** Where terminal operations are kept (SPEC 10); left out, the operation use cases are not available. */
        public Builder operations(Operations operations) {
            this.operations = Objects.requireNonNull(operations, "operations");
            return this;
        }

        /** The devices operations run on; built in: simulated ones that answer after a second. */
        public Builder devices(Devices devices) {
            this.devices = Objects.requireNonNull(devices, "devices");
            return this;
        }

        /**
         * Where the terminals waiting for a provider that settles later are kept (see {@link Provisioning.Pace#LATER});
         * needed by such a provider, and then {@link #runOperations()} hands them over and settles them too.
         */
        public Builder provisionings(Provisionings provisionings) {
            this.provisionings = Objects.requireNonNull(provisionings, "provisionings");
            return this;
        }

        /** How long a provider that settles later has to answer before the terminal turns ERROR; built in: 30 minutes. */
        public Builder provisioningTimeout(Duration timeout) {
            this.provisioningTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long a device has to answer before its operation times out; built in: five minutes. */
        public Builder operationTimeout(Duration timeout) {
            this.operationTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Onboard build() {
            EventPayloads payloads = eventPayloads != null ? eventPayloads
                    : ServiceLoader.load(EventPayloads.class, Onboard.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Onboard records every change as an event in the API's"
                            + " JSON: put onboard-representation on the classpath, or give Onboard.builder(storage)"
                            + ".eventPayloads(...)"));
            return new Onboard(this, payloads);
        }
    }
}
