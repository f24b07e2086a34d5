package io.onboard.application.port.out;

import java.util.Optional;

/** A device's answer to an operation: done, or not, saying why. */
public record DeviceAnswer(boolean done, Optional<String> error) {
    public static DeviceAnswer completed() {
        return new DeviceAnswer(true, Optional.empty());
    }

    public static DeviceAnswer failed(String why) {
        return new DeviceAnswer(false, Optional.of(why));
    }
}
