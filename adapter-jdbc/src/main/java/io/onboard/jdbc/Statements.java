package io.onboard.jdbc;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small helpers that keep each table's column list written once, in its port. */
final class Statements {
    private Statements() {
    }

    /** {@code :a, :b, :c} for the columns {@code a, b, c}. */
    static String parameters(String columns) {
        return names(columns).map(c -> ":" + c).collect(Collectors.joining(", "));
    }

    /** {@code a = :a, b = :b} for the columns {@code a, b}. */
    static String assignments(String columns) {
        return names(columns).map(c -> c + " = :" + c).collect(Collectors.joining(", "));
    }

    /** An optimistic update that changed no row lost a race, unless the row was never there. */
    static void requireUpdated(int changedRows, boolean exists, String what, String id) {
        if (changedRows == 1) {
            return;
        }
        if (!exists) {
            throw new NotFoundException(what, id);
        }
        throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                what + " " + id + " was changed by someone else meanwhile; read it again and retry");
    }

    private static java.util.stream.Stream<String> names(String columns) {
        return Arrays.stream(columns.split(",")).map(String::strip);
    }
}
