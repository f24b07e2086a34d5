package io.onboard.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a client secret or access token. Only this is stored. A plain hash (no salt, no key
 * stretching) is enough because the secrets are 256 random bits, not passwords people choose.
 */
public record SecretHash(String hex) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public SecretHash {
        Objects.requireNonNull(hex, "hex");
        if (!SHAPE.matcher(hex).matches()) {
            throw new IllegalArgumentException("a secret hash is 64 lower-case hex digits");
        }
    }

    public static SecretHash of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    public boolean matches(String secret) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                of(secret).hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "SecretHash[hidden]";
    }
}
