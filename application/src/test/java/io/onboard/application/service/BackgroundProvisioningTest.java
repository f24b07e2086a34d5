package io.onboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.builtin.SimulatedProvisioning;
import io.onboard.application.port.in.event.ListEventsQuery;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.PendingProvisioning;
import io.onboard.application.port.out.Provisioning;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import io.onboard.application.testdata.TestEventPayloads;
import io.onboard.domain.event.EventType;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.StatusReason;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC 10's asynchronous provisioning through the use cases, with a provider the test answers for: a registration
 * answers PENDING at once, the worker hands the terminal over once, and the answer (or the deadline) settles it with
 * its account_terminal_update event; a retry makes an earlier answer stale, and a restart resumes what was queued.
 */
class BackgroundProvisioningTest extends UseCaseTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** The provider's answers still to come, in the order asked. */
    private final List<CompletableFuture<ProvisioningResult>> asked = new CopyOnWriteArrayList<>();
    private final Provisioning later = new Provisioning() {
        @Override
        public ProvisioningResult provision(Terminal terminal, Store store) {
            throw new AssertionError("a provider that settles later is only asked through provisionLater");
        }

        @Override
        public Pace pace() {
            return Pace.LATER;
        }

        @Override
        public CompletableFuture<ProvisioningResult> provisionLater(Terminal terminal, Store store) {
            CompletableFuture<ProvisioningResult> answer = new CompletableFuture<>();
            asked.add(answer);
            return answer;
        }
    };
    private Onboard boarding;

    @BeforeEach
    void activeStore() {
        boarding = withProvider(later);
        activeSeller(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER);
        store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER);
    }

    private Onboard withProvider(Provisioning provisioning) {
        return Onboard.builder(storage).clock(clock).eventPayloads(new TestEventPayloads()).provisioning(provisioning)
                .provisionings(memory.provisionings()).provisioningTimeout(TIMEOUT).build();
    }

    @Test
    void a_registration_answers_pending_and_the_worker_settles_it_once_the_provider_answers() {
        TerminalId id = register(Seed.SERIAL);
        assertThat(status(id)).isEqualTo(TerminalStatus.PENDING);
        assertThat(asked).as("nothing asked before the worker's round").isEmpty();

        assertThat(boarding.runOperations().run().handled()).isEqualTo(1);
        assertThat(boarding.runOperations().run().handled()).as("handed over once").isZero();
        assertThat(asked).hasSize(1);
        assertThat(status(id)).isEqualTo(TerminalStatus.PENDING);

        clock.advance(Duration.ofMinutes(3));
        asked.get(0).complete(ProvisioningResult.ACTIVATED);

        assertThat(status(id)).isEqualTo(TerminalStatus.ACTIVE);
        assertThat(memory.provisionings().find(id)).isEmpty();
        Event settled = lastEvent();
        assertThat(settled.type()).isEqualTo(EventType.ACCOUNT_TERMINAL_UPDATE);
        assertThat(settled.resourceId()).isEqualTo(id.value());
        assertThat(settled.previous()).isEqualTo("{\"status\":\"PENDING\"}");
    }

    @Test
    void a_failed_answer_or_a_failing_provider_leaves_the_terminal_in_error_for_a_sync_retry() {
        TerminalId refused = register("SER-REFUSED");
        TerminalId broken = register("SER-BROKEN");
        boarding.runOperations().run();

        asked.get(0).complete(ProvisioningResult.FAILED);
        asked.get(1).completeExceptionally(new IllegalStateException("the provider is down"));

        assertThat(terminal(refused).status()).isEqualTo(TerminalStatus.ERROR);
        assertThat(terminal(refused).reason()).contains(StatusReason.SYNC_ERROR);
        assertThat(status(broken)).isEqualTo(TerminalStatus.ERROR);

        boarding.syncTerminal().sync(TerminalCommand.of(Seed.ACCOUNT, refused));
        assertThat(status(refused)).as("a retry waits for the provider again").isEqualTo(TerminalStatus.PENDING);
        boarding.runOperations().run();
        asked.get(2).complete(ProvisioningResult.ACTIVATED);
        assertThat(status(refused)).isEqualTo(TerminalStatus.ACTIVE);
    }

    @Test
    void no_answer_by_the_deadline_turns_the_terminal_error_and_a_late_answer_changes_nothing() {
        TerminalId id = register(Seed.SERIAL);
        boarding.runOperations().run();

        clock.advance(TIMEOUT.plusSeconds(1));
        assertThat(boarding.runOperations().run().handled()).isEqualTo(1);
        assertThat(status(id)).isEqualTo(TerminalStatus.ERROR);

        asked.get(0).complete(ProvisioningResult.ACTIVATED);
        assertThat(status(id)).isEqualTo(TerminalStatus.ERROR);
    }

    @Test
    void an_answer_to_an_attempt_that_was_retried_since_is_stale_and_ignored() {
        TerminalId id = register(Seed.SERIAL);
        boarding.runOperations().run();
        clock.advance(Terminal.PROVISIONING_GRACE.plusSeconds(1));
        boarding.syncTerminal().sync(TerminalCommand.of(Seed.ACCOUNT, id));
        boarding.runOperations().run();
        assertThat(asked).hasSize(2);

        asked.get(0).complete(ProvisioningResult.FAILED);
        assertThat(status(id)).as("the first attempt's answer is stale").isEqualTo(TerminalStatus.PENDING);
        asked.get(1).complete(ProvisioningResult.ACTIVATED);
        assertThat(status(id)).isEqualTo(TerminalStatus.ACTIVE);
    }

    @Test
    void after_a_restart_a_queued_terminal_is_handed_over_and_one_handed_over_before_waits_for_its_deadline() {
        TerminalId handedBefore = register("SER-HANDED");
        boarding.runOperations().run();
        TerminalId queued = register("SER-QUEUED");

        Onboard restarted = withProvider(later);
        assertThat(restarted.runOperations().run().handled()).as("only the queued one").isEqualTo(1);
        assertThat(asked).hasSize(2);
        asked.get(1).complete(ProvisioningResult.ACTIVATED);
        assertThat(status(queued)).isEqualTo(TerminalStatus.ACTIVE);

        clock.advance(TIMEOUT.plusSeconds(1));
        restarted.runOperations().run();
        assertThat(status(handedBefore)).isEqualTo(TerminalStatus.ERROR);
    }

    @Test
    void the_simulated_provider_with_a_delay_settles_later_and_fails_fail_serials() throws Exception {
        Onboard delayed = withProvider(new SimulatedProvisioning(Duration.ofMillis(20)));
        TerminalId good = delayed.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, "SIMULATED-1", Seed.STORE_ID))
                .terminal().terminalId();
        TerminalId failing = delayed.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, "FAIL-000001", Seed.STORE_ID))
                .terminal().terminalId();
        assertThat(status(good)).isEqualTo(TerminalStatus.PENDING);

        delayed.runOperations().run().settled().get();

        assertThat(status(good)).isEqualTo(TerminalStatus.ACTIVE);
        assertThat(status(failing)).isEqualTo(TerminalStatus.ERROR);
    }

    @Test
    void a_provider_that_settles_later_needs_somewhere_to_queue_terminals() {
        assertThatThrownBy(() -> Onboard.builder(storage).eventPayloads(new TestEventPayloads()).provisioning(later)
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining(".provisionings(");
    }

    private TerminalId register(String serial) {
        return boarding.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, serial, Seed.STORE_ID))
                .terminal().terminalId();
    }

    private Terminal terminal(TerminalId id) {
        return onboard.getTerminal().get(Seed.ACCOUNT, id).terminal();
    }

    private TerminalStatus status(TerminalId id) {
        return terminal(id).status();
    }

    private Event lastEvent() {
        List<Event> events = onboard.listEvents().list(ListEventsQuery.builder(Seed.ACCOUNT).limit(100).build()).items();
        return events.get(events.size() - 1);
    }
}
