package com.example.pos.storage;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A map the POS's tables are written through: every put and remove logs its reversal first-hand, so a
 * transaction that throws puts back exactly what it changed, and nothing else needs copying.
 */
final class UndoableMap<K, V> {
    private final Map<K, V> entries;
    private final PosTransactions transactions;

    /** Guards {@code entries}, which its owner may read directly but must write only through this. */
    UndoableMap(Map<K, V> entries, PosTransactions transactions) {
        this.entries = entries;
        this.transactions = transactions;
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    void put(K key, V value) {
        V before = entries.get(key);
        // Logged before the write: outside a transaction logUndo refuses, and then nothing has changed.
        transactions.logUndo(() -> restore(key, before));
        entries.put(key, value);
    }

    /** Puts a value under a key that must be free; {@code taken} turns the value holding it into the refusal. */
    void putNew(K key, V value, Function<V, RuntimeException> taken) {
        V holder = entries.get(key);
        if (holder != null) {
            throw taken.apply(holder);
        }
        put(key, value);
    }

    void remove(K key) {
        V before = entries.get(key);
        if (before != null) {
            transactions.logUndo(() -> entries.put(key, before));
            entries.remove(key);
        }
    }

    private void restore(K key, V before) {
        if (before == null) {
            entries.remove(key);
        } else {
            entries.put(key, before);
        }
    }
}
