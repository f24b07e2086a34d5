package com.example.kiosk.broken.persistence;

import io.onboard.jdbc.SqliteStorage;
import java.nio.file.Path;

/** Broken fixture: an adapter that opens Onboard's storage itself, outside the composition root. */
public final class KioskStorage {
    private KioskStorage() {
    }

    public static SqliteStorage open(Path file) {
        return SqliteStorage.open(file);
    }
}
