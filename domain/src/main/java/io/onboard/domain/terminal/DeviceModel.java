package io.onboard.domain.terminal;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The card reader models Onboard can provision, by the exact names the device makers use. */
public enum DeviceModel {
    SATURN1000("SATURN1000"),
    SATURN_S1F4_PRO("Saturn_S1F4_Pro"),
    S1P2("S1P2"),
    S1MINI2("S1MINI2"),
    S1U2("S1U2");

    private final String wireName;

    DeviceModel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static DeviceModel parse(String wireName) {
        for (DeviceModel model : values()) {
            if (model.wireName.equals(wireName)) {
                return model;
            }
        }
        throw new InvalidValueException(ErrorCode.UNSUPPORTED_DEVICE_MODEL, "device model "
                + (wireName == null ? "null" : Shown.of(wireName)) + " is not supported; supported models: " + supported());
    }

    public static String supported() {
        return Arrays.stream(values()).map(DeviceModel::wireName).collect(Collectors.joining(", "));
    }
}
