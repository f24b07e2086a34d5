package io.onboard.domain.store;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The merchant's own id for a store ({@code oslo-center}), unique in its account and sent as
 * {@code order.store.id} in sessions. When the merchant gives none it equals the store's server id.
 */
public record StoreId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public StoreId {
        Objects.requireNonNull(value, "store_id");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("store_id " + Shown.of(value) + " must be 1 to 64 letters, digits, _, . or -");
        }
    }

    /**
     * A store id a client chose. The generated shape ({@code P11223351-0026}) is reserved, so that an id in
     * a path or a terminal registration always means exactly one store.
     */
    public static StoreId chosenByClient(String value) {
        StoreId id = new StoreId(value);
        if (StoreServerId.hasGeneratedShape(value)) {
            throw new InvalidValueException("store_id " + Shown.of(value)
                    + " has the reserved shape of a generated store id; choose another or leave it out");
        }
        if (value.chars().allMatch(c -> c == '.')) {
            // "." and ".." are path segments every HTTP client collapses, so such a store could never be named.
            throw new InvalidValueException("store_id " + Shown.of(value) + " must contain a letter, digit, _ or -");
        }
        return id;
    }

    /** The default merchant id: the server id itself. */
    public static StoreId of(StoreServerId serverId) {
        return new StoreId(serverId.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
