package io.onboard.domain.terminal;

import static io.onboard.domain.testdata.Refusals.refusal;
import static io.onboard.domain.testdata.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import io.onboard.domain.testdata.Terminals;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC 4: a sync retry is allowed from ERROR, or from PENDING that has hung for 10 minutes, into an ACTIVE store. */
class TerminalSyncTest {
    private final Store store = Stores.aStore(Sellers.activeCompany(Accounts.TEST, "seller-1"), 1, "oslo-sentrum");

    private static Instant after(Duration duration) {
        return T0.plus(duration);
    }

    @Test
    void a_terminal_in_error_can_be_retried_at_once_and_is_pending_again() {
        Terminal failed = Terminals.registered(store, 1).provisioned(ProvisioningResult.FAILED, T0);
        Instant now = after(Duration.ofSeconds(1));

        Terminal retried = failed.retrySync(store, now);

        assertThat(retried.status()).isEqualTo(TerminalStatus.PENDING);
        assertThat(retried.reason()).contains(StatusReason.ADDING);
        assertThat(retried.statusChangedAt()).isEqualTo(now);
        assertThat(retried.updatedAt()).isEqualTo(now);
    }

    @Test
    void a_pending_terminal_is_not_retryable_just_before_ten_minutes() {
        Terminal pending = Terminals.registered(store, 1);
        Instant now = after(Duration.ofMinutes(9).plusSeconds(59));

        assertThat(pending.isRetryableAt(now)).isFalse();
        ConflictException refused = refusal(ConflictException.class, ErrorCode.TERMINAL_NOT_RETRYABLE,
                () -> pending.retrySync(store, now));
        assertThat(refused.getMessage()).contains("PENDING", "ERROR", "10 minutes");
    }

    @Test
    void a_pending_terminal_is_retryable_after_exactly_ten_minutes() {
        Terminal pending = Terminals.registered(store, 1);
        Instant now = after(Duration.ofMinutes(10));

        assertThat(pending.isRetryableAt(now)).isTrue();
        assertThat(pending.retrySync(store, now).statusChangedAt()).isEqualTo(now);
    }

    @Test
    void the_grace_period_counts_from_the_last_status_change_not_from_registration() {
        Terminal retried = Terminals.registered(store, 1).provisioned(ProvisioningResult.FAILED, T0)
                .retrySync(store, after(Duration.ofMinutes(30)));

        assertThat(retried.isRetryableAt(after(Duration.ofMinutes(39)))).isFalse();
        assertThat(retried.isRetryableAt(after(Duration.ofMinutes(40)))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TerminalStatus.class, names = {"ACTIVE", "INACTIVE", "ACTION_REQUIRED"})
    void terminals_that_are_not_failing_or_hanging_are_not_retryable(TerminalStatus status) {
        Terminal terminal = Terminals.restored(store, 1, status, null, T0);
        Instant muchLater = after(Duration.ofDays(1));

        assertThat(terminal.isRetryableAt(muchLater)).isFalse();
        ConflictException refused = refusal(ConflictException.class, ErrorCode.TERMINAL_NOT_RETRYABLE,
                () -> terminal.retrySync(store, muchLater));
        assertThat(refused.getMessage()).contains(status.name());
    }

    @ParameterizedTest
    @EnumSource(value = StoreStatus.class, names = {"INACTIVE", "DELETED"})
    void a_retry_needs_an_active_store(StoreStatus storeStatus) {
        Terminal failed = Terminals.registered(store, 1).provisioned(ProvisioningResult.FAILED, T0);
        Store notActive = Stores.inStatus(store, storeStatus);

        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.STORE_NOT_ACTIVE,
                () -> failed.retrySync(notActive, after(Duration.ofMinutes(1))));

        assertThat(refused.getMessage()).contains("oslo-sentrum", storeStatus.name());
    }
}
