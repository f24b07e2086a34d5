package com.example.kiosk.clean;

import com.example.kiosk.clean.checkout.Checkout;
import io.onboard.application.service.Onboard;
import io.onboard.jdbc.SqliteStorage;
import java.nio.file.Path;

/** Clean fixture: the composition root, the one class that builds Onboard and hands its use cases out. */
public final class KioskApplication {
    private KioskApplication() {
    }

    public static Checkout checkout(Path file) {
        SqliteStorage storage = SqliteStorage.open(file);
        return new Checkout(Onboard.withBuiltIns(storage.onboarding()).checkReadiness());
    }
}
