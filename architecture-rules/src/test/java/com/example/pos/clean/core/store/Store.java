package com.example.pos.clean.core.store;

import java.util.List;

/** Clean fixture: a domain type using only java.., primitives and primitive arrays. */
public record Store(String name, int[] openingHours, byte[] logo, List<String> tags) {
}
