package io.onboard.jdbc;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator watches in the database at one moment (SPEC 11's metrics): webhook deliveries and terminal
 * operations by status, when the oldest pending delivery was made, and the connection pool's use.
 *
 * @param deliveries by status name ({@code PENDING}, {@code DELIVERED}, {@code FAILED}), every status present
 * @param oldestPendingDelivery when the oldest delivery still pending was made, if any is
 * @param operations by status name ({@code PENDING}, {@code COMPLETED}, {@code FAILED}, {@code TIMEOUT})
 * @param pool connections in use, idle, and threads waiting for one; empty for a data source of the embedder's
 */
public record StorageStatistics(Map<String, Long> deliveries, Optional<Instant> oldestPendingDelivery,
                                Map<String, Long> operations, Optional<Pool> pool) {

    /** The connection pool at that moment. */
    public record Pool(int active, int idle, int waiting) {
    }
}
