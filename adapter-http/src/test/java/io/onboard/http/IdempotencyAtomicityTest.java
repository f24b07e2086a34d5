package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.port.out.IdempotencyRecord;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An idempotent request and the record of its answer commit together: when the record cannot be stored
 * (a busy or failing database), the request's own writes are undone, so a retry cannot do them twice.
 */
class IdempotencyAtomicityTest {
    private final AtomicBoolean failNextRecord = new AtomicBoolean();
    private final InMemoryStorage memory = InMemoryStorage.create();
    private final TestServer server = new TestServer(memory.onboarding(), withFlakyRecords(memory.access()));
    private final Onboarding flow = new Onboarding(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void when_the_answer_cannot_be_remembered_the_request_is_undone_and_a_retry_runs_it_once() {
        flow.activeSeller();
        failNextRecord.set(true);

        Response failed = createStore("key-1");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(listedStores()).as("the store of the failed request is rolled back").isZero();

        Response retry = createStore("key-1");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header(Idempotency.REPLAYED_HEADER)).isNull();
        assertThat(createStore("key-1").header(Idempotency.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(listedStores()).isEqualTo(1);
    }

    private Response createStore(String key) {
        return server.client.post(Paths.STORES).token(flow.token).json(Bodies.store("north", Seed.SELLER))
                .header("Idempotency-Key", key).send();
    }

    private int listedStores() {
        return server.client.get(Paths.STORES).token(flow.token).send().json().get("stores").size();
    }

    private AccessStorage withFlakyRecords(AccessStorage real) {
        IdempotencyRecords records = real.idempotencyRecords();
        IdempotencyRecords flaky = new IdempotencyRecords() {
            @Override
            public void add(IdempotencyRecord record) {
                if (failNextRecord.getAndSet(false)) {
                    throw new IllegalStateException("database is locked");
                }
                records.add(record);
            }

            @Override
            public Optional<IdempotencyRecord> find(AccountId account, String key) {
                return records.find(account, key);
            }

            @Override
            public int deleteCreatedBefore(Instant cutoff) {
                return records.deleteCreatedBefore(cutoff);
            }
        };
        return new AccessStorage(real.apiClients(), real.accessTokens(), flaky);
    }
}
