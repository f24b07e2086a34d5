package io.onboard.domain.operation;

import static io.onboard.domain.testdata.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import io.onboard.domain.testdata.Terminals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * SPEC 10's operation lifecycle: started only on an ACTIVE terminal, then settled exactly once, by the device's
 * answer or by its deadline; a random walk over the outcomes never changes a final status.
 */
class TerminalOperationTest {
    private final Store store = Stores.aStore(Sellers.activeCompany(Accounts.TEST, "seller-1"), 1, "oslo-sentrum");
    private final Terminal active = Terminals.registered(store, 1).provisioned(ProvisioningResult.ACTIVATED, T0);

    private TerminalOperation started() {
        return TerminalOperation.start(OperationId.at(T0, new Random(1)), active, OperationType.END_OF_DAY,
                TerminalOperation.DEFAULT_TIMEOUT, T0);
    }

    @Test
    void an_operation_starts_pending_on_an_active_terminal_with_its_deadline() {
        TerminalOperation operation = started();

        assertThat(operation.status()).isEqualTo(OperationStatus.PENDING);
        assertThat(operation.terminalId()).isEqualTo(active.terminalId());
        assertThat(operation.deadline()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(operation.completedAt()).isEmpty();
        assertThat(operation.error()).isEmpty();
        assertThat(operation.id().value()).matches("op_[0-9a-f]{32}");
    }

    @Test
    void a_terminal_that_is_not_active_takes_no_operation() {
        Terminal pending = Terminals.registered(store, 2);
        Terminal failed = pending.provisioned(ProvisioningResult.FAILED, T0);

        for (Terminal terminal : List.of(pending, failed)) {
            assertThatThrownBy(() -> TerminalOperation.start(OperationId.at(T0, new Random(2)), terminal,
                    OperationType.SEND_LOGS, TerminalOperation.DEFAULT_TIMEOUT, T0))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.TERMINAL_NOT_ACTIVE));
        }
    }

    @Test
    void the_device_settles_it_completed_or_failed_with_why_and_when() {
        Instant later = T0.plusSeconds(2);

        TerminalOperation completed = started().complete(later);
        TerminalOperation failed = started().fail("printer out of paper", later);

        assertThat(completed.status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(completed.completedAt()).contains(later);
        assertThat(completed.error()).isEmpty();
        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.error()).contains("printer out of paper");
        assertThat(failed.updatedAt()).isEqualTo(later);
    }

    @Test
    void it_times_out_only_once_its_deadline_has_passed() {
        TerminalOperation operation = started();
        Instant deadline = operation.deadline();

        assertThat(operation.isOverdue(deadline.minusMillis(1))).isFalse();
        assertThatThrownBy(() -> operation.timeOut(deadline.minusMillis(1))).isInstanceOf(IllegalStateException.class);
        TerminalOperation timedOut = operation.timeOut(deadline);

        assertThat(operation.isOverdue(deadline)).isTrue();
        assertThat(timedOut.status()).isEqualTo(OperationStatus.TIMEOUT);
        assertThat(timedOut.error()).hasValueSatisfying(why -> assertThat(why).contains("no answer"));
        assertThat(timedOut.isOverdue(deadline.plusSeconds(60))).isFalse();
    }

    @Test
    void once_settled_no_outcome_changes_it_whatever_comes_after() {
        Instant end = started().deadline().plusSeconds(1);
        List<UnaryOperator<TerminalOperation>> outcomes = List.of(op -> op.complete(end), op -> op.fail("no", end),
                op -> op.timeOut(end));
        Random random = new Random(20261202);
        for (int walk = 0; walk < 200; walk++) {
            TerminalOperation operation = outcomes.get(random.nextInt(3)).apply(started());
            OperationStatus settled = operation.status();
            for (int step = 0; step < 5; step++) {
                TerminalOperation before = operation;
                UnaryOperator<TerminalOperation> next = outcomes.get(random.nextInt(3));
                assertThatThrownBy(() -> next.apply(before)).isInstanceOf(ConflictException.class)
                        .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION));
            }
            assertThat(settled.isFinal()).isTrue();
            assertThat(operation.status()).isEqualTo(settled);
        }
    }

    @Test
    void operation_names_read_as_the_wire_writes_them() {
        assertThat(OperationType.parse("check_update")).isEqualTo(OperationType.CHECK_UPDATE);
        assertThat(OperationType.OPEN_MENU.wireName()).isEqualTo("open_menu");
        assertThatThrownBy(() -> OperationType.parse("reboot")).hasMessageContaining("end_of_day, send_logs");
    }
}
