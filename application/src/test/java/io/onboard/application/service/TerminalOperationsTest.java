package io.onboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.builtin.SimulatedDevices;
import io.onboard.application.port.in.event.ListEventsQuery;
import io.onboard.application.port.in.operation.StartOperationCommand;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.port.out.DeviceAnswer;
import io.onboard.application.port.out.Devices;
import io.onboard.application.testdata.Seed;
import io.onboard.application.testdata.TestEventPayloads;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.event.EventType;
import io.onboard.domain.operation.OperationInProgressException;
import io.onboard.domain.operation.OperationStatus;
import io.onboard.domain.operation.OperationType;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.TerminalId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC 10 through the use cases, on a clock and devices the test controls: one operation at a time per terminal,
 * the worker handing each to its device once, answers and deadlines settling it, and a restart that neither loses
 * a pending operation nor runs one twice.
 */
class TerminalOperationsTest extends UseCaseTest {
    /** The devices' answers still to come, in the order asked. */
    private final List<CompletableFuture<DeviceAnswer>> asked = new CopyOnWriteArrayList<>();
    private final Devices devices = (terminal, operation) -> {
        CompletableFuture<DeviceAnswer> answer = new CompletableFuture<>();
        asked.add(answer);
        return answer;
    };
    private Onboard operating;
    private TerminalId terminal;

    @BeforeEach
    void activeTerminal() {
        operating = withDevices(devices);
        activeSeller(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER);
        store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER);
        terminal = terminal(Seed.ACCOUNT, Seed.SERIAL, Seed.STORE_ID).terminal().terminalId();
    }

    private Onboard withDevices(Devices devices) {
        return Onboard.builder(storage).clock(clock).eventPayloads(new TestEventPayloads()).operations(memory.operations())
                .devices(devices).build();
    }

    private TerminalOperation start(Onboard onboard, TerminalId on, OperationType type) {
        return onboard.startOperation().start(StartOperationCommand.of(Seed.ACCOUNT, on, type));
    }

    @Test
    void one_operation_runs_at_a_time_and_a_busy_terminal_cannot_be_removed() {
        TerminalOperation running = start(operating, terminal, OperationType.END_OF_DAY);

        var second = refusal(ErrorCode.OPERATION_IN_PROGRESS, () -> start(operating, terminal, OperationType.SEND_LOGS));
        var removal = refusal(ErrorCode.OPERATION_IN_PROGRESS, () -> operating.removeTerminal()
                .remove(TerminalCommand.of(Seed.ACCOUNT, terminal)));

        assertThat(running.status()).isEqualTo(OperationStatus.PENDING);
        assertThat(second.getMessage()).contains(running.id().value());
        assertThat(((OperationInProgressException) second).retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(removal).isInstanceOf(OperationInProgressException.class);
    }

    @Test
    void the_worker_hands_an_operation_to_its_device_once_and_its_answer_settles_it_with_an_event_per_status() {
        TerminalOperation started = start(operating, terminal, OperationType.CHECK_UPDATE);

        assertThat(operating.runOperations().run().handled()).isEqualTo(1);
        assertThat(operating.runOperations().run().handled()).as("already handed over").isZero();
        clock.advance(Duration.ofSeconds(3));
        asked.get(0).complete(DeviceAnswer.completed());

        TerminalOperation done = operating.getOperation().get(Seed.ACCOUNT, terminal.value(), started.id().value());
        assertThat(asked).hasSize(1);
        assertThat(done.status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(done.completedAt()).contains(clock.now());
        assertThat(operationEvents()).containsExactly("PENDING", "COMPLETED");
        assertThat(start(operating, terminal, OperationType.OPEN_MENU).status()).as("the terminal is free again")
                .isEqualTo(OperationStatus.PENDING);
    }

    @Test
    void a_device_that_never_answers_times_out_at_the_deadline_and_one_that_refuses_fails_with_why() {
        TerminalOperation silent = start(operating, terminal, OperationType.SEND_LOGS);
        operating.runOperations().run();
        clock.advance(Duration.ofMinutes(5));
        operating.runOperations().run();

        Onboard simulated = withDevices(new SimulatedDevices(Duration.ZERO));
        TerminalId refusing = terminal(Seed.ACCOUNT, "OPFAIL-0001", Seed.STORE_ID).terminal().terminalId();
        TerminalOperation refused = start(simulated, refusing, OperationType.END_OF_DAY);
        simulated.runOperations().run().settled().join();

        TerminalOperation timedOut = operating.getOperation().get(Seed.ACCOUNT, terminal.value(), silent.id().value());
        TerminalOperation failed = simulated.getOperation().get(Seed.ACCOUNT, refusing.value(), refused.id().value());
        assertThat(timedOut.status()).isEqualTo(OperationStatus.TIMEOUT);
        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.error()).hasValueSatisfying(why -> assertThat(why).contains("refused end_of_day"));
    }

    @Test
    void after_a_restart_an_operation_handed_over_is_not_handed_over_again_and_one_that_was_not_is() {
        TerminalOperation handedOver = start(operating, terminal, OperationType.END_OF_DAY);
        operating.runOperations().run();
        TerminalId other = terminal(Seed.ACCOUNT, "158222607299", Seed.STORE_ID).terminal().terminalId();
        TerminalOperation waiting = start(operating, other, OperationType.END_OF_DAY);

        Onboard restarted = withDevices(devices); // the first process died: its device answer never comes
        restarted.runOperations().run();
        clock.advance(Duration.ofMinutes(6));
        restarted.runOperations().run();

        assertThat(asked).hasSize(2);
        assertThat(restarted.getOperation().get(Seed.ACCOUNT, terminal.value(), handedOver.id().value()).status())
                .isEqualTo(OperationStatus.TIMEOUT);
        assertThat(restarted.getOperation().get(Seed.ACCOUNT, other.value(), waiting.id().value()).status())
                .isEqualTo(OperationStatus.TIMEOUT);
    }

    @Test
    void of_32_concurrent_starts_on_one_terminal_exactly_one_is_accepted() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            results.add(threads.submit(() -> {
                go.await();
                try {
                    start(operating, terminal, OperationType.END_OF_DAY);
                    return true;
                } catch (OperationInProgressException busy) {
                    return false;
                }
            }));
        }
        go.countDown();
        int accepted = 0;
        for (Future<Boolean> result : results) {
            accepted += result.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(accepted).isEqualTo(1);
    }

    @Test
    void only_an_active_terminal_of_the_account_takes_operations() {
        TerminalId failing = terminal(Seed.ACCOUNT, "FAIL-0001", Seed.STORE_ID).terminal().terminalId();

        refusal(ErrorCode.TERMINAL_NOT_ACTIVE, () -> start(operating, failing, OperationType.END_OF_DAY));
        refusal(ErrorCode.NOT_FOUND, () -> operating.startOperation().start(StartOperationCommand.of(Seed.OTHER_ACCOUNT,
                terminal, OperationType.END_OF_DAY)));
        refusal(ErrorCode.VALIDATION_ERROR, () -> operating.startOperation().start(new StartOperationCommand(Seed.ACCOUNT,
                terminal.value(), "reboot")));
    }

    private List<String> operationEvents() {
        return onboard.listEvents().list(ListEventsQuery.builder(Seed.ACCOUNT).event(EventType.TERMINAL_OPERATION_UPDATE)
                .limit(100).build()).items().stream().map(e -> e.data().replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1")).toList();
    }
}
