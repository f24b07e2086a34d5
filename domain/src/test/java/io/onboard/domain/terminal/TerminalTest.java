package io.onboard.domain.terminal;

import static io.onboard.domain.testdata.Refusals.refusal;
import static io.onboard.domain.testdata.Times.T0;
import static io.onboard.domain.testdata.Times.minutesLater;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import io.onboard.domain.testdata.Terminals;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Registering, provisioning, updating and removing a terminal (SPEC 4); sync retries are in {@link TerminalSyncTest}. */
class TerminalTest {
    private static final Instant LATER = minutesLater(5);
    private final PayoutDestination seller = Sellers.activeCompany(Accounts.TEST, "seller-1");
    private final Store store = Stores.aStore(seller, 1, "oslo-sentrum");
    private final Store otherStore = Stores.aStore(seller, 2, "bergen");

    @Nested
    class Registering {
        @Test
        void a_registered_terminal_is_pending_while_it_is_being_added() {
            Terminal terminal = Terminal.register(Terminals.uuid(13), TerminalId.next(Accounts.TEST, 13),
                    new SerialNumber("SN-000013"), DeviceModel.S1U2, store, " Kasse 1 ", T0);

            assertThat(terminal.status()).isEqualTo(TerminalStatus.PENDING);
            assertThat(terminal.reason()).contains(StatusReason.ADDING);
            assertThat(terminal.storeId()).isEqualTo(store.id());
            assertThat(terminal.terminalId().value()).isEqualTo("T11223351-T0013");
            assertThat(terminal.accountId()).isEqualTo(Accounts.TEST);
            assertThat(terminal.model()).isEqualTo(DeviceModel.S1U2);
            assertThat(terminal.label()).contains("Kasse 1");
            assertThat(terminal.createdAt()).isEqualTo(T0);
            assertThat(terminal.updatedAt()).isEqualTo(T0);
            assertThat(terminal.statusChangedAt()).isEqualTo(T0);
            assertThat(terminal.deletedAt()).isEmpty();
            assertThat(terminal.isDeleted()).isFalse();
            assertThat(terminal.version()).isZero();
        }

        @Test
        void registering_into_a_deleted_store_is_rejected() {
            Store deleted = store.delete(0, T0);

            RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.STORE_NOT_FOUND,
                    () -> Terminals.registered(deleted, 1));

            assertThat(refused.getMessage()).contains(store.id().value());
        }

        @Test
        void registering_into_a_store_of_another_account_is_rejected() {
            Store foreign = Stores.aStore(Sellers.activeCompany(Accounts.OTHER, "foreign"), 1);

            RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.STORE_NOT_FOUND,
                    () -> Terminal.register(Terminals.uuid(1), TerminalId.next(Accounts.TEST, 1), Terminals.serial(1),
                            DeviceModel.S1P2, foreign, null, T0));

            assertThat(refused.getMessage()).contains(Accounts.TEST.value());
        }

        @Test
        void a_label_is_at_most_100_characters() {
            refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                    () -> Terminal.register(Terminals.uuid(1), TerminalId.next(Accounts.TEST, 1), Terminals.serial(1),
                            DeviceModel.S1P2, store, "x".repeat(101), T0));
        }
    }

    @Nested
    class Provisioning {
        @ParameterizedTest
        @CsvSource({"ACTIVATED, ACTIVE, ", "FAILED, ERROR, SYNC_ERROR", "NEEDS_UPDATE, ACTION_REQUIRED, CHECK_UPDATE"})
        void the_provisioning_result_decides_status_and_reason(ProvisioningResult result, TerminalStatus status,
                                                               StatusReason reason) {
            Terminal provisioned = Terminals.registered(store, 1).provisioned(result, LATER);

            assertThat(provisioned.status()).isEqualTo(status);
            assertThat(provisioned.reason()).isEqualTo(Optional.ofNullable(reason));
            assertThat(provisioned.statusChangedAt()).isEqualTo(LATER);
            assertThat(provisioned.updatedAt()).isEqualTo(LATER);
            assertThat(provisioned.createdAt()).isEqualTo(T0);
        }

        @ParameterizedTest
        @EnumSource(value = TerminalStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
        void only_a_pending_terminal_is_provisioned(TerminalStatus status) {
            Terminal terminal = Terminals.restored(store, 1, status, null, T0);

            ConflictException refused = refusal(ConflictException.class, ErrorCode.INVALID_STATUS_TRANSITION,
                    () -> terminal.provisioned(ProvisioningResult.ACTIVATED, LATER));

            assertThat(refused.getMessage()).contains(status.name());
        }
    }

    @Nested
    class SwitchingStatus {
        static Stream<Arguments> everyChangeOfStatus() {
            return Stream.of(TerminalStatus.values()).filter(from -> from != TerminalStatus.DELETED)
                    .flatMap(from -> Stream.of(TerminalStatus.values()).filter(to -> to != from)
                            .map(to -> Arguments.of(from, to)));
        }

        private static boolean merchantSwitch(TerminalStatus from, TerminalStatus to) {
            return (from == TerminalStatus.ACTIVE && to == TerminalStatus.INACTIVE)
                    || (from == TerminalStatus.INACTIVE && to == TerminalStatus.ACTIVE);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("everyChangeOfStatus")
        void the_merchant_may_only_switch_between_active_and_inactive(TerminalStatus from, TerminalStatus to) {
            Terminal terminal = Terminals.restored(store, 1, from, null, T0);

            if (merchantSwitch(from, to)) {
                Terminal switched = terminal.changeStatus(to, LATER);
                assertThat(switched.status()).isEqualTo(to);
                assertThat(switched.reason()).isEmpty();
                assertThat(switched.statusChangedAt()).isEqualTo(LATER);
                assertThat(switched.updatedAt()).isEqualTo(LATER);
            } else {
                ConflictException refused = refusal(ConflictException.class, ErrorCode.INVALID_STATUS_TRANSITION,
                        () -> terminal.changeStatus(to, LATER));
                assertThat(refused.getMessage()).contains(from.name(), to.name(), "ACTIVE and INACTIVE");
            }
        }

        @Test
        void setting_the_status_a_terminal_already_has_changes_nothing() {
            Terminal active = Terminals.active(store, 1);

            Terminal same = active.changeStatus(TerminalStatus.ACTIVE, LATER);

            assertThat(same.status()).isEqualTo(TerminalStatus.ACTIVE);
            assertThat(same.updatedAt()).isEqualTo(active.updatedAt());
        }

        @Test
        void statuses_parse_from_their_names() {
            assertThat(TerminalStatus.parse("ACTION_REQUIRED")).isEqualTo(TerminalStatus.ACTION_REQUIRED);
            assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> TerminalStatus.parse("active"))
                    .getMessage()).contains("PENDING, ACTIVE, ERROR, ACTION_REQUIRED, INACTIVE, DELETED");
        }
    }

    @Nested
    class Updating {
        @Test
        void a_terminal_moves_to_another_store_of_the_same_account_keeping_its_status() {
            Terminal active = Terminals.active(store, 1);

            Terminal moved = active.moveTo(otherStore, LATER);

            assertThat(moved.storeId()).isEqualTo(otherStore.id());
            assertThat(moved.status()).isEqualTo(TerminalStatus.ACTIVE);
            assertThat(moved.terminalId()).isEqualTo(active.terminalId());
            assertThat(moved.updatedAt()).isEqualTo(LATER);
            assertThat(moved.statusChangedAt()).isEqualTo(active.statusChangedAt());
        }

        @Test
        void a_terminal_cannot_move_to_a_store_of_another_account() {
            Store foreign = Stores.aStore(Sellers.activeCompany(Accounts.OTHER, "foreign"), 7);
            Terminal active = Terminals.active(store, 1);

            refusal(RuleViolationException.class, ErrorCode.STORE_NOT_FOUND, () -> active.moveTo(foreign, LATER));
            assertThat(active.storeId()).isEqualTo(store.id());
        }

        @Test
        void a_terminal_cannot_move_to_a_deleted_store() {
            Store deleted = otherStore.delete(0, T0);

            refusal(RuleViolationException.class, ErrorCode.STORE_NOT_FOUND,
                    () -> Terminals.active(store, 1).moveTo(deleted, LATER));
        }

        @Test
        void the_model_and_label_can_change_and_the_label_can_be_cleared() {
            Terminal terminal = Terminals.active(store, 1).changeModel(DeviceModel.S1MINI2, LATER).relabel("Kasse 2", LATER);

            assertThat(terminal.model()).isEqualTo(DeviceModel.S1MINI2);
            assertThat(terminal.label()).contains("Kasse 2");
            assertThat(terminal.updatedAt()).isEqualTo(LATER);
            assertThat(terminal.relabel(null, LATER).label()).isEmpty();
            assertThat(terminal.relabel("  ", LATER).label()).isEmpty();
        }

        @Test
        void a_new_label_follows_the_label_rules() {
            Terminal terminal = Terminals.active(store, 1);

            refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> terminal.relabel("x".repeat(101), LATER));
            refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> terminal.relabel("Kasse\u00001", LATER));
        }

        @Test
        void updates_keep_the_version_and_stored_at_sets_it() {
            Terminal stored = Terminals.active(store, 1).storedAt(5);

            assertThat(stored.version()).isEqualTo(5);
            assertThat(stored.relabel("x", LATER).version()).isEqualTo(5);
            assertThat(stored.changeStatus(TerminalStatus.INACTIVE, LATER).version()).isEqualTo(5);
        }
    }

    @Nested
    class Removing {
        @Test
        void a_removed_terminal_is_deleted_with_the_time_it_happened() {
            Terminal removed = Terminals.active(store, 1).remove(LATER);

            assertThat(removed.status()).isEqualTo(TerminalStatus.DELETED);
            assertThat(removed.isDeleted()).isTrue();
            assertThat(removed.deletedAt()).contains(LATER);
            assertThat(removed.updatedAt()).isEqualTo(LATER);
            assertThat(removed.reason()).isEmpty();
            assertThat(removed.serialNumber()).isEqualTo(Terminals.serial(1));
        }

        @Test
        void a_pending_terminal_can_be_removed_too() {
            assertThat(Terminals.registered(store, 1).remove(LATER).status()).isEqualTo(TerminalStatus.DELETED);
        }

        @Test
        void a_removed_terminal_refuses_every_further_change() {
            Terminal removed = Terminals.active(store, 1).remove(LATER);

            assertThat(refusal(ConflictException.class, ErrorCode.TERMINAL_DELETED,
                    () -> removed.changeStatus(TerminalStatus.ACTIVE, LATER)).getMessage())
                    .contains(removed.terminalId().value(), "deleted");
            refusal(ConflictException.class, ErrorCode.TERMINAL_DELETED, () -> removed.moveTo(otherStore, LATER));
            refusal(ConflictException.class, ErrorCode.TERMINAL_DELETED, () -> removed.changeModel(DeviceModel.S1P2, LATER));
            refusal(ConflictException.class, ErrorCode.TERMINAL_DELETED, () -> removed.relabel("x", LATER));
            refusal(ConflictException.class, ErrorCode.TERMINAL_DELETED, () -> removed.retrySync(store, LATER));
            refusal(ConflictException.class, ErrorCode.TERMINAL_DELETED, () -> removed.remove(LATER));
        }
    }
}
