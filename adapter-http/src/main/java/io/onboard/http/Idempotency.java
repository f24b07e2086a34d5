package io.onboard.http;

import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.IdempotencyRecord;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POST, as Stripe does it: the first result of a request that ran is remembered
 * for 24 h under (account, key) with a fingerprint of method, path and body, and a retry gets it again with
 * {@code Idempotent-Replayed: true}. What is remembered: successes, and refusals of a request that was
 * understood and judged against the state (409, 404, 412, business-rule 400s). What is not: requests that
 * failed before they ran (authentication, malformed or invalid input) and 5xx, so a corrected or later retry
 * runs afresh. Requests with the same key are serialized, so concurrent duplicates never both run: within this
 * server by a lock, and across servers on one database by the storage ({@code IdempotencyRecords.awaitTurn}).
 */
final class Idempotency {
    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyRecords records;
    private final Transactions transactions;
    private final Clock clock;
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    Idempotency(IdempotencyRecords records, Transactions transactions, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    Reply run(Call call, Supplier<Reply> action) {
        String key = call.header(KEY_HEADER);
        if (key == null) {
            return action.get();
        }
        requireUsable(key);
        String fingerprint = fingerprint(call);
        ReentrantLock lock = stripes[Math.floorMod((call.account().value() + key).hashCode(), stripes.length)];
        lock.lock();
        try {
            Optional<IdempotencyRecord> earlier = remembered(call, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
            return runAndRemember(call, key, fingerprint, action);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The action and the record of its answer commit together: were they two transactions, a crash or a busy
     * database between them would let a retry run the action again (a second session for one order). The use
     * case's own transactions join this one. The price: with a key, provisioning and screening calls that a use
     * case makes between its transactions run inside this one, holding the write lock for their duration.
     */
    private Reply runAndRemember(Call call, String key, String fingerprint, Supplier<Reply> action) {
        Ran ran;
        try {
            ran = transactions.inTransaction(() -> {
                // another server on the same database may have the same key: the first to get here runs it
                records.awaitTurn(call.account(), key);
                Optional<IdempotencyRecord> meanwhile = remembered(call, key);
                if (meanwhile.isPresent()) {
                    return new Ran(null, meanwhile.get());
                }
                Reply reply = action.get();
                remember(call, key, fingerprint, reply);
                return new Ran(reply, null);
            });
        } catch (RuntimeException failure) {
            // A refusal changed nothing (its transaction rolled back), so its answer is remembered on its own.
            if (ErrorMapping.isStateRefusal(failure)) {
                ErrorMapping.Rendered rendered = ErrorMapping.render(failure);
                transactions.inTransaction(() -> {
                    remember(call, key, fingerprint, new Reply(rendered.status(), Reply.write(rendered.body()), null, null, false));
                    return null;
                });
            }
            throw failure;
        }
        return ran.earlier() != null ? replay(ran.earlier(), fingerprint) : ran.reply();
    }

    /** What the transaction came to: the action's reply, or the record another server made first. */
    private record Ran(Reply reply, IdempotencyRecord earlier) {
    }

    private static Reply replay(IdempotencyRecord first, String fingerprint) {
        if (!first.requestFingerprint().equals(fingerprint)) {
            throw new ConflictException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used "
                    + "for a different request in the last 24 hours; use a new key for a new request");
        }
        return Reply.replay(first.status(), first.responseBody(), first.responseVersion(), first.responseLocation());
    }

    private Optional<IdempotencyRecord> remembered(Call call, String key) {
        Instant now = clock.now();
        Optional<IdempotencyRecord> found = records.find(call.account(), key);
        if (found.isPresent() && found.get().isExpiredAt(now)) {
            // In a transaction, like every write: it then queues with the others instead of on SQLite's busy wait.
            transactions.inTransaction(() -> {
                records.deleteCreatedBefore(now.minus(IdempotencyRecord.RETENTION).plusMillis(1));
                return null;
            });
            return Optional.empty();
        }
        return found;
    }

    private void remember(Call call, String key, String fingerprint, Reply reply) {
        records.add(new IdempotencyRecord(call.account(), key, fingerprint, reply.status(), reply.rememberedJson(), reply.version(),
                reply.location(), clock.now()));
    }

    private static void requireUsable(String key) {
        if (key.isEmpty() || key.length() > IdempotencyRecord.MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw HttpError.field("VALIDATION_ERROR", KEY_HEADER,
                    "must be 1 to 255 visible ASCII characters, such as a UUID");
        }
    }

    private static String fingerprint(Call call) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((call.method() + " " + call.requestPath() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(call.rawBody());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
