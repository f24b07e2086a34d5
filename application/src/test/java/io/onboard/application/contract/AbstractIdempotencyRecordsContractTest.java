package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.IdempotencyRecord;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link IdempotencyRecords}: one remembered response per account and key. */
public abstract class AbstractIdempotencyRecordsContractTest extends AccessPortContractTest {
    protected IdempotencyRecords records;

    @BeforeEach
    protected void addAccounts() {
        records = access.idempotencyRecords();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
    }

    @Test
    public void a_remembered_response_is_found_by_account_and_key() {
        IdempotencyRecord record = record(ACCOUNT, "key-1", T0);

        records.add(record);

        assertThat(records.find(ACCOUNT, "key-1")).contains(record);
        assertThat(records.find(ACCOUNT, "key-2")).isEmpty();
        assertThat(records.find(OTHER_ACCOUNT, "key-1")).isEmpty();
    }

    @Test
    public void a_refusal_is_remembered_without_a_version_or_location() {
        IdempotencyRecord refusal = new IdempotencyRecord(ACCOUNT, "key-1", "POST /v1/sessions-profile sha256:def", 409,
                "{\"error\":{\"code\":\"TERMINAL_NOT_ENROLLED\"}}", null, null, T0);

        records.add(refusal);

        assertThat(records.find(ACCOUNT, "key-1")).contains(refusal);
    }

    @Test
    public void a_long_key_and_a_large_body_round_trip() {
        IdempotencyRecord record = new IdempotencyRecord(ACCOUNT, "k".repeat(IdempotencyRecord.MAX_KEY_LENGTH),
                "POST /v1/accounts/T11223351/terminals " + "f".repeat(64), 201, "{\"label\":\"" + "æøå ".repeat(5000) + "\"}", 7L,
                "/v1/accounts/T11223351/terminals/T11223351-T" + "9".repeat(180), T0);

        records.add(record);

        assertThat(records.find(ACCOUNT, record.key())).contains(record);
    }

    @Test
    public void a_key_already_used_in_the_account_is_refused_and_the_first_response_stays() {
        IdempotencyRecord first = record(ACCOUNT, "key-1", T0);
        records.add(first);

        assertConflict(() -> records.add(new IdempotencyRecord(ACCOUNT, "key-1", "another request", 400, "{}", null, null,
                minutesAfterStart(1))), ErrorCode.IDEMPOTENCY_KEY_REUSED);

        assertThat(records.find(ACCOUNT, "key-1")).contains(first);
    }

    @Test
    public void the_same_key_in_another_account_is_another_record() {
        IdempotencyRecord mine = record(ACCOUNT, "key-1", T0);
        IdempotencyRecord theirs = new IdempotencyRecord(OTHER_ACCOUNT, "key-1", "their request", 409, "{\"error\":{}}", null, null,
                T0);

        records.add(mine);
        records.add(theirs);

        assertThat(records.find(ACCOUNT, "key-1")).contains(mine);
        assertThat(records.find(OTHER_ACCOUNT, "key-1")).contains(theirs);
    }

    @Test
    public void delete_created_before_forgets_only_older_records_and_says_how_many() {
        Instant cutoff = minutesAfterStart(60);
        records.add(record(ACCOUNT, "old", cutoff.minus(Duration.ofHours(25))));
        records.add(record(OTHER_ACCOUNT, "just-before", cutoff.minusMillis(1)));
        IdempotencyRecord atCutoff = record(ACCOUNT, "at-cutoff", cutoff);
        IdempotencyRecord newer = record(ACCOUNT, "newer", cutoff.plusMillis(1));
        records.add(atCutoff);
        records.add(newer);

        int deleted = records.deleteCreatedBefore(cutoff);

        assertThat(deleted).isEqualTo(2);
        assertThat(records.find(ACCOUNT, "old")).isEmpty();
        assertThat(records.find(OTHER_ACCOUNT, "just-before")).isEmpty();
        assertThat(records.find(ACCOUNT, "at-cutoff")).contains(atCutoff);
        assertThat(records.find(ACCOUNT, "newer")).contains(newer);
        assertThat(records.deleteCreatedBefore(cutoff)).isZero();
    }

    @Test
    public void a_forgotten_key_can_be_used_again() {
        records.add(record(ACCOUNT, "key-1", T0));
        records.deleteCreatedBefore(T0.plus(IdempotencyRecord.RETENTION));
        IdempotencyRecord again = record(ACCOUNT, "key-1", T0.plus(IdempotencyRecord.RETENTION));

        records.add(again);

        assertThat(records.find(ACCOUNT, "key-1")).contains(again);
    }

    private static IdempotencyRecord record(AccountId account, String key, Instant createdAt) {
        return new IdempotencyRecord(account, key, "POST /v1/accounts/" + account + "/stores sha256:abc", 201,
                "{\"store_id\":\"oslo-center\"}", 1L, "/v1/accounts/" + account + "/stores/" + account + "-0001", createdAt);
    }
}
