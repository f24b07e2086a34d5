package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.Events;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Stores;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real database, a change and its event commit together or not at all: faults injected on either side of
 * the pair leave neither behind, as the file shows when it is opened again.
 */
class EventsAtomicityTest {
    @TempDir
    Path folder;

    @Test
    void a_change_whose_event_cannot_be_written_leaves_nothing_in_the_file() {
        Path file = folder.resolve("onboard.db");
        try (SqliteStorage sqlite = SqliteStorage.open(file)) {
            OnboardingStorage real = sqlite.onboarding();
            Events failing = fault(Events.class, real.events(), (name, call) -> {
                if (name.equals("append")) {
                    throw new IllegalStateException("injected: the event could not be written");
                }
                return call.get();
            });
            Onboard onboard = Onboard.withBuiltIns(with(real, real.stores(), failing));
            onboard.createAccount().create(CreateAccountCommand.of(Seed.ACCOUNT, "Account"));

            assertThatThrownBy(() -> onboard.applyForPayoutDestination().apply(
                    Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, null)))
                    .hasMessageContaining("injected");
        }
        try (SqliteStorage reopened = SqliteStorage.open(file)) {
            assertThat(reopened.onboarding().payoutDestinations().find(Seed.ACCOUNT, new PayoutDestinationId(Seed.SELLER)))
                    .isEmpty();
            assertThat(events(reopened)).isZero();
        }
    }

    @Test
    void an_event_whose_change_fails_after_it_leaves_nothing_in_the_file() {
        Path file = folder.resolve("onboard.db");
        long before;
        try (SqliteStorage sqlite = SqliteStorage.open(file)) {
            OnboardingStorage real = sqlite.onboarding();
            Onboard plain = Onboard.withBuiltIns(real);
            plain.createAccount().create(CreateAccountCommand.of(Seed.ACCOUNT, "Account"));
            plain.applyForPayoutDestination().apply(Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER,
                    "AUTO_APPROVE"));
            plain.createStore().create(Requests.store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER, null));
            before = events(sqlite);
            // the update is written and its event appended; then the transaction fails before it commits
            Events failingAfter = fault(Events.class, real.events(), (name, call) -> {
                Object result = call.get();
                if (name.equals("append")) {
                    throw new IllegalStateException("injected: the transaction failed after the event");
                }
                return result;
            });
            Onboard onboard = Onboard.withBuiltIns(with(real, real.stores(), failingAfter));

            assertThatThrownBy(() -> onboard.updateStore().update(UpdateStoreCommand.builder().account(Seed.ACCOUNT)
                    .store(new StoreId(Seed.STORE_ID)).storeName("Renamed").build())).hasMessageContaining("injected");
        }
        try (SqliteStorage reopened = SqliteStorage.open(file)) {
            assertThat(reopened.onboarding().stores().findByStoreId(Seed.ACCOUNT, new StoreId(Seed.STORE_ID)))
                    .hasValueSatisfying(store -> assertThat(store.profile().name()).isNotEqualTo("Renamed"));
            assertThat(events(reopened)).isEqualTo(before);
        }
    }

    private static long events(SqliteStorage storage) {
        return storage.onboarding().events().list(new EventQuery(Seed.ACCOUNT, Optional.empty(), Optional.empty(),
                PageRequest.first(100))).items().size();
    }

    private static OnboardingStorage with(OnboardingStorage real, Stores stores, Events events) {
        return new OnboardingStorage(real.accounts(), real.payoutDestinations(), stores, real.terminals(),
                real.sequences(), real.sessions(), events, real.transactions());
    }

    /** {@code real} with {@code fault} around each call: it gets the method's name and the real call. */
    @SuppressWarnings("unchecked")
    private static <T> T fault(Class<T> port, T real, BiFunction<String, Call, Object> fault) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) ->
                fault.apply(method.getName(), () -> {
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    /** The real call, run when the fault says so. */
    private interface Call {
        Object get();
    }
}
