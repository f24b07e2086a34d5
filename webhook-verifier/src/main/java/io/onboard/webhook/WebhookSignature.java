package io.onboard.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Onboard's webhook signature (SPEC 9): {@code Onboard-Signature: t=<unix seconds>,v1=<hex>}, where each
 * {@code v1} is the HMAC-SHA256 of {@code "<t>.<body>"} under a subscription secret (the whole {@code whsec_...}
 * text, as UTF-8). During a secret's rotation a delivery carries one {@code v1} per secret.
 *
 * <p>A receiver checks every delivery before trusting it:
 * <pre>{@code
 * WebhookSignature.verify(List.of(secret), request.header("Onboard-Signature"), rawBody, WebhookSignature.TOLERANCE);
 * }</pre>
 * The timestamp is signed too, so a delivery recorded by someone else cannot be replayed after the tolerance.
 */
public final class WebhookSignature {
    /** The header that carries the signature. */
    public static final String HEADER = "Onboard-Signature";
    /** How old (or how far ahead of the receiver's clock) a delivery may be: SPEC 9 says five minutes. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** The header value for {@code body} signed at {@code at} with each of {@code secrets}, in order. */
    public static String sign(List<String> secrets, Instant at, byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a signature needs at least one secret");
        }
        long t = at.getEpochSecond();
        StringBuilder header = new StringBuilder("t=").append(t);
        for (String secret : secrets) {
            header.append(",v1=").append(HexFormat.of().formatHex(hmac(secret, t, body)));
        }
        return header.toString();
    }

    /** {@link #verify(List, String, byte[], Duration, Clock)} against the system clock. */
    public static void verify(List<String> secrets, String header, byte[] body, Duration tolerance) {
        verify(secrets, header, body, tolerance, Clock.systemUTC());
    }

    /**
     * Returns normally when {@code header} signs exactly {@code body} with one of {@code secrets}, at a time
     * within {@code tolerance} of {@code clock}; throws {@link Invalid}, saying why, otherwise.
     */
    public static void verify(List<String> secrets, String header, byte[] body, Duration tolerance, Clock clock) {
        Objects.requireNonNull(body, "body");
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("verifying needs at least one secret");
        }
        Parsed parsed = Parsed.of(header);
        long now = clock.instant().getEpochSecond();
        long slack = tolerance.toSeconds();
        if (parsed.t < now - slack || parsed.t > now + slack) {
            throw new Invalid("the signature's timestamp " + parsed.t + " is more than " + tolerance.toSeconds()
                    + " s from now (" + now + "): too old to trust, or a replay");
        }
        for (String secret : secrets) {
            byte[] expected = hmac(secret, parsed.t, body);
            for (byte[] given : parsed.signatures) {
                if (MessageDigest.isEqual(expected, given)) {
                    return;
                }
            }
        }
        throw new Invalid("no v1 signature matches the body under the given secret(s)");
    }

    /** True when {@link #verify(List, String, byte[], Duration)} would return normally. */
    public static boolean isValid(List<String> secrets, String header, byte[] body, Duration tolerance) {
        try {
            verify(secrets, header, body, tolerance);
            return true;
        } catch (Invalid invalid) {
            return false;
        }
    }

    private static byte[] hmac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** A signature that does not hold, and why. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String why) {
            super(why);
        }
    }

    private record Parsed(long t, List<byte[]> signatures) {
        static Parsed of(String header) {
            if (header == null || header.isBlank()) {
                throw new Invalid("there is no " + HEADER + " header");
            }
            Long t = null;
            List<byte[]> signatures = new ArrayList<>();
            for (String part : header.split(",")) {
                String[] pair = part.strip().split("=", 2);
                if (pair.length != 2) {
                    throw new Invalid(HEADER + " is not t=<seconds>,v1=<hex>: " + part.strip());
                }
                switch (pair[0]) {
                    case "t" -> t = seconds(pair[1]);
                    case "v1" -> signatures.add(hex(pair[1]));
                    default -> {
                        // another scheme, from a later version: not ours to check
                    }
                }
            }
            if (t == null || signatures.isEmpty()) {
                throw new Invalid(HEADER + " needs a t= and at least one v1=");
            }
            return new Parsed(t, signatures);
        }

        private static long seconds(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new Invalid("t= is not a number of seconds: " + text);
            }
        }

        private static byte[] hex(String text) {
            try {
                return HexFormat.of().parseHex(text);
            } catch (IllegalArgumentException e) {
                throw new Invalid("v1= is not hexadecimal: " + text);
            }
        }
    }
}
