package io.onboard.domain.access;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API client may do. Account scopes are nested: admin implies write, write implies read. */
public enum Scope {
    READ_ACCOUNTS("read:accounts"),
    WRITE_ACCOUNTS("write:accounts", READ_ACCOUNTS),
    ADMIN_ACCOUNTS("admin:accounts", WRITE_ACCOUNTS, READ_ACCOUNTS),
    READ_CHECKOUT("read:checkout"),
    WRITE_CHECKOUT("write:checkout");

    private final String wireName;
    private final Set<Scope> implied;

    Scope(String wireName, Scope... implied) {
        this.wireName = wireName;
        this.implied = implied.length == 0 ? Set.of() : Set.copyOf(Arrays.asList(implied));
    }

    public String wireName() {
        return wireName;
    }

    /** True when holding this scope is enough for {@code needed}. */
    public boolean grants(Scope needed) {
        return this == needed || implied.contains(needed);
    }

    public static Scope parse(String wireName) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(wireName)) {
                return scope;
            }
        }
        throw new InvalidValueException("unknown scope " + (wireName == null ? "null" : Shown.of(wireName)) + "; known scopes: " + allWireNames());
    }

    public static Set<Scope> parseAll(Collection<String> wireNames) {
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        wireNames.forEach(name -> scopes.add(parse(name.strip())));
        return scopes;
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(Scope::wireName).collect(Collectors.joining(", "));
    }
}
