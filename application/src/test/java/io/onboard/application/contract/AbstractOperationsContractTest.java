package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Operations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.OperationInProgressException;
import io.onboard.domain.operation.OperationStatus;
import io.onboard.domain.operation.OperationType;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.TerminalId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Operations}: kept whole under optimistic versions, at most one pending per terminal even
 * against concurrent writers (the storage's own guarantee), listed per terminal, and queued oldest first.
 */
public abstract class AbstractOperationsContractTest extends PortContractTest {
    private static final TerminalId TERMINAL = TerminalId.next(ACCOUNT, 1);
    private final Random random = new Random(5);
    protected Operations operations;

    /** The operations storage beside {@link #storage}, over the same database. */
    protected abstract Operations operationsStorage();

    @BeforeEach
    protected void addAccounts() {
        operations = operationsStorage();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
    }

    @Test
    public void an_operation_is_kept_with_every_field_and_a_stale_update_is_refused() {
        TerminalOperation added = operations.add(pending(ACCOUNT, TERMINAL, T0));
        TerminalOperation sent = operations.update(added.sent(T0.plusSeconds(1)));
        TerminalOperation failed = operations.update(sent.fail("paper jam", T0.plusSeconds(2)));

        TerminalOperation found = operations.find(ACCOUNT, added.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(found.sentAt()).contains(T0.plusSeconds(1));
        assertThat(found.completedAt()).contains(T0.plusSeconds(2));
        assertThat(found.error()).contains("paper jam");
        assertThat(found.deadline()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(found.type()).isEqualTo(OperationType.SEND_LOGS);
        assertThat(operations.find(OTHER_ACCOUNT, added.id())).isEmpty();
        assertThatThrownBy(() -> operations.update(sent)).isInstanceOf(ConflictException.class);
        assertThat(failed.version()).isEqualTo(3);
    }

    @Test
    public void a_terminal_has_at_most_one_pending_operation_and_takes_the_next_once_it_is_settled() {
        TerminalOperation first = operations.add(pending(ACCOUNT, TERMINAL, T0));

        assertThatThrownBy(() -> operations.add(pending(ACCOUNT, TERMINAL, T0.plusSeconds(1))))
                .isInstanceOf(OperationInProgressException.class).hasMessageContaining(first.id().value());
        assertThat(operations.pendingOn(TERMINAL).map(TerminalOperation::id)).contains(first.id());
        operations.update(first.complete(T0.plusSeconds(2)));
        TerminalOperation second = operations.add(pending(ACCOUNT, TERMINAL, T0.plusSeconds(3)));

        assertThat(operations.pendingOn(TERMINAL).map(TerminalOperation::id)).contains(second.id());
        Page<TerminalOperation> page = operations.list(TERMINAL, PageRequest.first(1));
        assertThat(page.items()).extracting(TerminalOperation::id).containsExactly(first.id());
        assertThat(operations.list(TERMINAL, new PageRequest(10, page.next())).items()).extracting(TerminalOperation::id)
                .containsExactly(second.id());
    }

    @Test
    public void the_queue_holds_every_accounts_pending_operations_oldest_first() {
        TerminalOperation later = operations.add(pending(ACCOUNT, TERMINAL, T0.plusSeconds(5)));
        TerminalOperation earlier = operations.add(pending(OTHER_ACCOUNT, TerminalId.next(OTHER_ACCOUNT, 1), T0));
        TerminalOperation done = operations.add(pending(ACCOUNT, TerminalId.next(ACCOUNT, 2), T0));
        operations.update(done.complete(T0.plusSeconds(1)));

        assertThat(operations.due(T0.plusSeconds(10), 10)).extracting(TerminalOperation::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(operations.due(T0.plusSeconds(10), 1)).extracting(TerminalOperation::id).containsExactly(earlier.id());
    }

    @Test
    public void an_operation_handed_to_its_device_leaves_the_queue_until_its_deadline_passes() {
        TerminalOperation handed = operations.update(operations.add(pending(ACCOUNT, TERMINAL, T0)).sent(T0.plusSeconds(1)));
        TerminalOperation later = operations.add(pending(ACCOUNT, TerminalId.next(ACCOUNT, 2), T0.plusSeconds(2)));

        assertThat(operations.due(T0.plusSeconds(3), 10)).as("the device may still answer")
                .extracting(TerminalOperation::id).containsExactly(later.id());
        assertThat(operations.due(handed.deadline().plusMillis(1), 10)).extracting(TerminalOperation::id)
                .containsExactly(handed.id(), later.id());
    }

    @Test
    public void of_32_concurrent_starts_on_one_terminal_exactly_one_commits() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            TerminalOperation operation = pending(ACCOUNT, TERMINAL, T0.plusMillis(i));
            results.add(threads.submit(() -> {
                go.await();
                try {
                    inTransaction(() -> operations.add(operation));
                    return true;
                } catch (OperationInProgressException busy) {
                    return false;
                }
            }));
        }
        go.countDown();
        int committed = 0;
        for (Future<Boolean> result : results) {
            committed += result.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(committed).isEqualTo(1);
        assertThat(operations.due(T0, 100)).hasSize(1);
    }

    private TerminalOperation pending(AccountId account, TerminalId terminal, Instant at) {
        return TerminalOperation.restore(OperationId.at(at, random), account, terminal, OperationType.SEND_LOGS,
                OperationStatus.PENDING, at, at, at.plus(Duration.ofMinutes(5)), null, null, null, 0);
    }
}
