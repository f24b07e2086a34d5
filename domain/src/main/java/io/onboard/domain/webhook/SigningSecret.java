package io.onboard.domain.webhook;

import io.onboard.domain.error.InvalidValueException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The key a subscription's deliveries are signed with: {@code whsec_} and 64 hex digits (256 random bits). Shown
 * to the integrator once, when made; {@link #toString()} never prints it.
 */
public record SigningSecret(String value) {
    private static final Pattern FORM = Pattern.compile("whsec_[0-9a-f]{64}");

    public SigningSecret {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("a signing secret is whsec_ and 64 lowercase hex digits");
        }
    }

    /** A new secret from {@code random}, which must be a secure generator outside tests. */
    public static SigningSecret generate(RandomGenerator random) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i += 8) {
            long word = random.nextLong();
            for (int j = 0; j < 8; j++) {
                bytes[i + j] = (byte) (word >>> (8 * j));
            }
        }
        return new SigningSecret("whsec_" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return "whsec_…";
    }
}
