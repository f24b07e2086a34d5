package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.PendingProvisioning;
import io.onboard.application.port.out.Provisionings;
import io.onboard.domain.terminal.Terminal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Provisionings}: one attempt per terminal, a later one replacing it; handed over once; the
 * queue holds what is not handed over yet or is overdue, earliest deadline first; a stale attempt removes nothing.
 */
public abstract class AbstractProvisioningsContractTest extends PortContractTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    protected Provisionings provisionings;
    private Terminal first;
    private Terminal second;

    /** The queue beside {@link #storage}, over the same database. */
    protected abstract Provisionings provisioningsStorage();

    @BeforeEach
    protected void addTerminals() {
        provisionings = provisioningsStorage();
        addAccount(ACCOUNT);
        var store = addStore("oslo", addActiveSeller(ACCOUNT, "seller", 1, T0));
        first = addTerminal("SERIAL-0001", store);
        second = addTerminal("SERIAL-0002", store);
    }

    @Test
    void an_attempt_is_kept_whole_and_a_later_one_of_the_same_terminal_replaces_it() {
        PendingProvisioning earlier = waiting(first, T0);
        PendingProvisioning later = waiting(first, T0.plusSeconds(700));

        inTransaction(() -> {
            provisionings.add(earlier);
            return null;
        });
        assertThat(provisionings.find(first.terminalId())).contains(earlier);
        provisionings.add(later);

        assertThat(provisionings.find(first.terminalId())).contains(later);
        provisionings.remove(earlier);
        assertThat(provisionings.find(first.terminalId())).as("a stale attempt removes nothing").contains(later);
        provisionings.remove(later);
        assertThat(provisionings.find(first.terminalId())).isEmpty();
    }

    @Test
    void an_attempt_is_handed_over_once_and_only_while_it_is_the_current_one() {
        PendingProvisioning attempt = waiting(first, T0);
        provisionings.add(attempt);

        assertThat(provisionings.handOver(waiting(first, T0.minusSeconds(1)), T0.plusSeconds(1))).isFalse();
        assertThat(provisionings.handOver(attempt, T0.plusSeconds(1))).isTrue();
        assertThat(provisionings.handOver(attempt, T0.plusSeconds(2))).isFalse();
        assertThat(provisionings.find(first.terminalId()).flatMap(PendingProvisioning::handedOverAt))
                .contains(T0.plusSeconds(1));
    }

    @Test
    void the_queue_holds_what_is_not_handed_over_or_is_overdue_earliest_deadline_first() {
        PendingProvisioning handed = waiting(first, T0);
        PendingProvisioning fresh = waiting(second, T0.plusSeconds(60));
        provisionings.add(fresh);
        provisionings.add(handed);
        provisionings.handOver(handed, T0.plusSeconds(1));

        assertThat(provisionings.due(T0.plusSeconds(120), 10)).as("the one handed over waits for its answer")
                .containsExactly(fresh);
        Instant pastBoth = T0.plus(TIMEOUT).plusSeconds(61);
        assertThat(provisionings.due(pastBoth, 10)).extracting(PendingProvisioning::terminalId)
                .containsExactly(first.terminalId(), second.terminalId());
        assertThat(provisionings.due(pastBoth, 1)).extracting(PendingProvisioning::terminalId)
                .containsExactly(first.terminalId());
    }

    private static PendingProvisioning waiting(Terminal terminal, Instant attempt) {
        return new PendingProvisioning(terminal.accountId(), terminal.terminalId(), attempt, attempt.plus(TIMEOUT),
                Optional.empty());
    }
}
