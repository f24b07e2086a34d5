package com.example.kiosk.broken;

import com.example.kiosk.broken.persistence.KioskStorage;
import io.onboard.application.service.Onboard;
import java.nio.file.Path;

/** Broken fixture, but innocent itself: the composition root may build Onboard. */
public final class KioskApplication {
    private KioskApplication() {
    }

    public static Onboard onboard(Path file) {
        return Onboard.withBuiltIns(KioskStorage.open(file).onboarding());
    }
}
