package io.onboard.application.service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable client ids, secrets and tokens, from the platform's cryptographic random source. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, URL-safe: the strength SPEC 6 asks of tokens and secrets. */
    static String secret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    static String clientId() {
        return "cli_" + HexFormat.of().formatHex(bytes(12));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
