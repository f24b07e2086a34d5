package io.onboard.jdbc;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table holding one kind of versioned aggregate: its column list written once, and the insert and the
 * optimistic update every such table needs.
 */
record Table(String name, String columns, String keyCondition) {

    void insert(JdbiTransactions db, Map<String, Object> row) {
        String parameters = names().map(c -> ":" + c).collect(Collectors.joining(", "));
        db.with(h -> h.createUpdate("INSERT INTO " + name + " (" + columns + ") VALUES (" + parameters + ")")
                .bindMap(row).execute());
    }

    /**
     * Writes {@code row} over the stored one if that is still at {@code readVersion}. Zero rows changed means
     * a race was lost, unless the row never existed.
     */
    void update(JdbiTransactions db, Map<String, Object> row, long readVersion, BooleanSupplier exists, String what,
                String id) {
        String assignments = names().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        int changed = db.with(h -> h.createUpdate("UPDATE " + name + " SET " + assignments + " WHERE " + keyCondition
                        + " AND version = :read_version")
                .bindMap(row).bind("read_version", readVersion).execute());
        if (changed == 1) {
            return;
        }
        if (!exists.getAsBoolean()) {
            throw new NotFoundException(what, id);
        }
        throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                what + " " + id + " was changed by someone else meanwhile; read it again and retry");
    }

    private Stream<String> names() {
        return Arrays.stream(columns.split(",")).map(String::strip);
    }
}
