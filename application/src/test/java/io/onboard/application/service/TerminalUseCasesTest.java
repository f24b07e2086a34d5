package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.OTHER_ACCOUNT;
import static io.onboard.application.testdata.Seed.SELLER;
import static io.onboard.application.testdata.Seed.SERIAL;
import static io.onboard.application.testdata.Seed.STORE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.in.terminal.UpdateTerminalCommand;
import io.onboard.application.testdata.Aggregates;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.StatusReason;
import io.onboard.domain.terminal.TerminalStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Terminals through the use cases: registration, provisioning, sync, update, removal and lists. */
class TerminalUseCasesTest extends UseCaseTest {
    private static final String FIRST = "T11223351-T0001";

    @BeforeEach
    void seedStore() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        store(ACCOUNT, STORE_ID, SELLER);
    }

    @Test
    void one_physical_device_cannot_be_registered_twice_in_any_account() {
        terminal(ACCOUNT, SERIAL, STORE_ID);
        activeSeller(OTHER_ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        store(OTHER_ACCOUNT, STORE_ID, SELLER);

        DomainException refused = refusal(ErrorCode.DUPLICATE_SERIAL_NUMBER, () -> terminal(OTHER_ACCOUNT, SERIAL, STORE_ID));
        assertThat(refused.getMessage()).doesNotContain(FIRST);

        onboard.removeTerminal().remove(new TerminalCommand(ACCOUNT, FIRST, null));
        assertThat(terminal(OTHER_ACCOUNT, SERIAL, STORE_ID).terminal().status()).isEqualTo(TerminalStatus.ACTIVE);
    }

    @Test
    void an_unsupported_model_is_refused_listing_the_supported_ones() {
        DomainException refused = refusal(ErrorCode.UNSUPPORTED_DEVICE_MODEL, () -> onboard.registerTerminal().register(
                new RegisterTerminalCommand(ACCOUNT, SERIAL, "iPhone", STORE_ID, null)));

        assertThat(refused.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("device_model");
            assertThat(error.message()).contains("SATURN1000", "Saturn_S1F4_Pro", "S1P2", "S1MINI2", "S1U2");
        });
    }

    @Test
    void registering_into_an_unknown_store_is_refused() {
        refusal(ErrorCode.STORE_NOT_FOUND, () -> terminal(ACCOUNT, SERIAL, "T11223351-0042"));
        refusal(ErrorCode.STORE_NOT_FOUND, () -> terminal(ACCOUNT, SERIAL, "bergen"));
    }

    @Test
    void failed_provisioning_ends_in_error_and_only_then_may_be_retried() {
        TerminalView failed = terminal(ACCOUNT, "FAIL-0001", STORE_ID);
        assertThat(failed.terminal().status()).isEqualTo(TerminalStatus.ERROR);
        assertThat(failed.terminal().reason()).contains(StatusReason.SYNC_ERROR);

        TerminalView retried = onboard.syncTerminal().sync(new TerminalCommand(ACCOUNT, FIRST, null));
        assertThat(retried.terminal().status()).as("the simulator fails FAIL serials every time").isEqualTo(TerminalStatus.ERROR);

        terminal(ACCOUNT, SERIAL, STORE_ID);
        refusal(ErrorCode.TERMINAL_NOT_RETRYABLE, () -> onboard.syncTerminal().sync(
                new TerminalCommand(ACCOUNT, "T11223351-T0002", null)));
    }

    @Test
    void a_terminal_hung_in_pending_may_be_retried_after_ten_minutes() {
        var store = storage.stores().findByStoreId(ACCOUNT, new StoreId(STORE_ID)).orElseThrow();
        storage.terminals().add(Aggregates.terminal(storage.sequences().nextTerminalNumber(ACCOUNT), SERIAL, store,
                clock.now()));

        clock.advance(Duration.ofMinutes(9));
        refusal(ErrorCode.TERMINAL_NOT_RETRYABLE, () -> onboard.syncTerminal().sync(new TerminalCommand(ACCOUNT, FIRST, null)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(onboard.syncTerminal().sync(new TerminalCommand(ACCOUNT, FIRST, null)).terminal().status())
                .isEqualTo(TerminalStatus.ACTIVE);
    }

    @Test
    void a_sync_based_on_an_old_version_is_refused() {
        terminal(ACCOUNT, "FAIL-0001", STORE_ID);
        onboard.updateTerminal().update(new UpdateTerminalCommand(ACCOUNT, FIRST, 1L, null, "Till 9", null, null));

        refusal(ErrorCode.PRECONDITION_FAILED, () -> onboard.syncTerminal().sync(new TerminalCommand(ACCOUNT, FIRST, 1L)));
        assertThat(onboard.syncTerminal().sync(new TerminalCommand(ACCOUNT, FIRST, 2L)).terminal().status())
                .isEqualTo(TerminalStatus.ERROR);
    }

    @Test
    void sync_into_an_inactive_store_is_refused() {
        terminal(ACCOUNT, "FAIL-0001", STORE_ID);
        onboard.updateStore().update(new UpdateStoreCommand(ACCOUNT, STORE_ID, null,
                null, null, null, null, null, null, null, null, "INACTIVE"));

        refusal(ErrorCode.STORE_NOT_ACTIVE, () -> onboard.syncTerminal().sync(new TerminalCommand(ACCOUNT, FIRST, null)));
    }

    @Test
    void an_update_moves_relabels_and_switches_a_terminal_off_in_one_write() {
        terminal(ACCOUNT, SERIAL, STORE_ID);
        store(ACCOUNT, "bergen", SELLER);

        TerminalView updated = onboard.updateTerminal().update(
                new UpdateTerminalCommand(ACCOUNT, FIRST, 1L, "S1U2", "Till 3", "bergen", "INACTIVE"));

        assertThat(updated.terminal().model().wireName()).isEqualTo("S1U2");
        assertThat(updated.terminal().label()).contains("Till 3");
        assertThat(updated.store().storeId().value()).isEqualTo("bergen");
        assertThat(updated.terminal().status()).isEqualTo(TerminalStatus.INACTIVE);
        assertThat(updated.terminal().version()).isEqualTo(2);
        assertThat(onboard.updateTerminal().update(new UpdateTerminalCommand(ACCOUNT, FIRST, null, null, "", null, null))
                .terminal().label()).as("an empty label clears it").isEmpty();
    }

    @Test
    void an_update_based_on_an_old_version_changes_nothing() {
        terminal(ACCOUNT, SERIAL, STORE_ID);
        onboard.updateTerminal().update(new UpdateTerminalCommand(ACCOUNT, FIRST, 1L, null, null, null, "INACTIVE"));

        refusal(ErrorCode.PRECONDITION_FAILED, () -> onboard.updateTerminal().update(
                new UpdateTerminalCommand(ACCOUNT, FIRST, 1L, null, "x", null, null)));
        assertThat(onboard.getTerminal().get(ACCOUNT, FIRST).terminal().label()).isEmpty();
        assertThat(onboard.getTerminal().get(ACCOUNT, FIRST).terminal().version()).isEqualTo(2);
    }

    @Test
    void a_failed_update_is_all_or_nothing() {
        terminal(ACCOUNT, "FAIL-0001", STORE_ID);

        refusal(ErrorCode.INVALID_STATUS_TRANSITION, () -> onboard.updateTerminal().update(
                new UpdateTerminalCommand(ACCOUNT, FIRST, null, null, "kept?", null, "ACTIVE")));
        assertThat(onboard.getTerminal().get(ACCOUNT, FIRST).terminal().label()).isEmpty();
    }

    @Test
    void a_removed_terminal_stays_readable_and_cannot_change() {
        terminal(ACCOUNT, SERIAL, STORE_ID);
        TerminalView removed = onboard.removeTerminal().remove(new TerminalCommand(ACCOUNT, FIRST, null));

        assertThat(removed.terminal().status()).isEqualTo(TerminalStatus.DELETED);
        assertThat(onboard.getTerminal().get(ACCOUNT, FIRST).terminal().deletedAt()).isPresent();
        refusal(ErrorCode.TERMINAL_DELETED, () -> onboard.removeTerminal().remove(new TerminalCommand(ACCOUNT, FIRST, null)));
    }

    @Test
    void another_accounts_terminal_is_not_found() {
        terminal(ACCOUNT, SERIAL, STORE_ID);

        refusal(ErrorCode.NOT_FOUND, () -> onboard.getTerminal().get(OTHER_ACCOUNT, FIRST));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.checkReadiness().check(OTHER_ACCOUNT, FIRST));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.removeTerminal().remove(new TerminalCommand(OTHER_ACCOUNT, FIRST, null)));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getTerminal().get(ACCOUNT, "<script>"));
    }

    @Test
    void terminals_are_listed_with_every_filter() {
        store(ACCOUNT, "bergen", SELLER);
        terminal(ACCOUNT, "AAA-000001", STORE_ID);
        terminal(ACCOUNT, "BBB-000002", "bergen");
        terminal(ACCOUNT, "FAIL-000003", "bergen");
        onboard.updateTerminal().update(new UpdateTerminalCommand(ACCOUNT, FIRST, null, "S1P2", "Front desk", null, null));

        assertThat(serials(query(null, null, null, null, null, null, null))).containsExactly("AAA-000001", "BBB-000002", "FAIL-000003");
        assertThat(serials(query("bergen", null, null, null, null, null, null))).containsExactly("BBB-000002", "FAIL-000003");
        assertThat(serials(query("T11223351-0002", null, null, null, null, null, null))).containsExactly("BBB-000002", "FAIL-000003");
        assertThat(serials(query(null, SELLER, "ERROR", null, null, null, null))).containsExactly("FAIL-000003");
        assertThat(serials(query(null, null, null, "S1P2", null, null, null))).containsExactly("AAA-000001");
        assertThat(serials(query(null, null, null, null, "BBB-000002", null, null))).containsExactly("BBB-000002");
        assertThat(serials(query(null, null, null, null, null, "T11223351-T0003", null))).containsExactly("FAIL-000003");
        assertThat(serials(query(null, null, null, null, null, null, "front"))).containsExactly("AAA-000001");
        assertThat(serials(query("nowhere", null, null, null, null, null, null))).isEmpty();

        ListTerminalsQuery twoAtATime = ListTerminalsQuery.builder(ACCOUNT).limit(2).build();
        Page<TerminalView> page = onboard.listTerminals().list(twoAtATime);
        assertThat(serials(onboard.listTerminals().list(twoAtATime.after(page.next().orElseThrow()))))
                .containsExactly("FAIL-000003");
    }

    private List<String> serials(Page<TerminalView> page) {
        return page.items().stream().map(v -> v.terminal().serialNumber().value()).toList();
    }

    private Page<TerminalView> query(String store, String seller, String status, String model, String serial, String id,
                                     String search) {
        return onboard.listTerminals().list(new ListTerminalsQuery(ACCOUNT, null, null, store, seller, status, model,
                serial, id, search));
    }
}
