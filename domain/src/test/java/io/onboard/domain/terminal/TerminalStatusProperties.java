package io.onboard.domain.terminal;

import static io.onboard.domain.testdata.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.store.Store;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import io.onboard.domain.testdata.Terminals;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the terminal's status over every pair of stored status and status a merchant asks for: only
 * ACTIVE and INACTIVE switch, a deleted terminal stays deleted, and a refusal leaves the terminal as it was.
 */
class TerminalStatusProperties {
    private static final Set<TerminalStatus> MERCHANT_SWITCHABLE = EnumSet.of(TerminalStatus.ACTIVE, TerminalStatus.INACTIVE);
    private static final Store STORE = Stores.aStore(Sellers.activeCompany(Accounts.TEST, "seller-1"), 1);

    static Stream<Object[]> everyStatusAndRequest() {
        return Stream.of(TerminalStatus.values())
                .flatMap(from -> Stream.of(TerminalStatus.values()).map(to -> new Object[] {from, to}));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyStatusAndRequest")
    void a_merchant_switches_only_between_active_and_inactive_and_a_refusal_changes_nothing(
            TerminalStatus from, TerminalStatus to) {
        Terminal terminal = Terminals.restored(STORE, 1, from, null, T0);

        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> terminal.changeStatus(to, T0.plus(Duration.ofMinutes(1))));

        if (from == TerminalStatus.DELETED) {
            assertThat(refused).isNotNull();
            assertThat(refused.code()).isEqualTo(ErrorCode.TERMINAL_DELETED);
        } else if (from == to || MERCHANT_SWITCHABLE.contains(from) && MERCHANT_SWITCHABLE.contains(to)) {
            assertThat(refused).as("%s -> %s", from, to).isNull();
            assertThat(terminal.changeStatus(to, T0.plus(Duration.ofMinutes(1))).status()).isEqualTo(to);
        } else {
            assertThat(refused).as("%s -> %s", from, to).isNotNull();
            assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
        }
        assertThat(terminal.status()).as("the terminal asked is unchanged").isEqualTo(from);
    }
}
