package io.onboard.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The signature against vectors this test computes by hand with {@code javax.crypto}, as a receiver in another
 * language would: HMAC-SHA256 of "t.body" under the secret's UTF-8 bytes, in lowercase hex.
 */
class WebhookSignatureTest {
    private static final String SECRET = "whsec_3bX9kq2mZt7Lw0Pn5RvYcA8dHs1FjE4u";
    private static final String ROTATED = "whsec_Qp7Ns2Kd9Lm4Xw1Tz8Vb3Rc6Yh0Gf5Ja";
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final byte[] BODY = "{\"id\":\"evt_1\",\"event\":\"account_store_add\",\"data\":{\"store_name\":\"Kaffe & Bøker\"}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Clock NOW = Clock.fixed(AT.plusSeconds(30), ZoneOffset.UTC);

    @Test
    void the_header_is_the_timestamp_and_the_hmac_of_timestamp_dot_body() throws Exception {
        String header = WebhookSignature.sign(List.of(SECRET), AT, BODY);

        assertThat(header).isEqualTo("t=" + AT.getEpochSecond() + ",v1=" + byHand(SECRET, AT.getEpochSecond(), BODY));
    }

    @Test
    void a_delivery_signed_with_the_secret_within_the_tolerance_is_valid() throws Exception {
        String header = "t=" + AT.getEpochSecond() + ",v1=" + byHand(SECRET, AT.getEpochSecond(), BODY);

        assertThatCode(() -> WebhookSignature.verify(List.of(SECRET), header, BODY, WebhookSignature.TOLERANCE, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void during_a_rotation_either_secret_matches_either_signature() throws Exception {
        String both = WebhookSignature.sign(List.of(ROTATED, SECRET), AT, BODY);

        assertThat(both).isEqualTo("t=" + AT.getEpochSecond() + ",v1=" + byHand(ROTATED, AT.getEpochSecond(), BODY)
                + ",v1=" + byHand(SECRET, AT.getEpochSecond(), BODY));
        assertThatCode(() -> WebhookSignature.verify(List.of(SECRET), both, BODY, WebhookSignature.TOLERANCE, NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> WebhookSignature.verify(List.of("whsec_other", ROTATED), both, BODY, WebhookSignature.TOLERANCE, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void another_secret_a_changed_body_or_a_changed_timestamp_is_refused() throws Exception {
        String header = WebhookSignature.sign(List.of(SECRET), AT, BODY);
        byte[] changed = BODY.clone();
        changed[changed.length - 3] ^= 1;
        String retimed = header.replace("t=" + AT.getEpochSecond(), "t=" + (AT.getEpochSecond() + 1));

        assertRefused(List.of(ROTATED), header, BODY, "no v1 signature matches");
        assertRefused(List.of(SECRET), header, changed, "no v1 signature matches");
        assertRefused(List.of(SECRET), retimed, BODY, "no v1 signature matches");
    }

    @Test
    void a_delivery_older_or_further_ahead_than_the_tolerance_is_refused_as_a_possible_replay() throws Exception {
        Instant old = AT.minus(WebhookSignature.TOLERANCE).minusSeconds(31);
        Instant ahead = AT.plus(WebhookSignature.TOLERANCE).plusSeconds(31);

        assertRefused(List.of(SECRET), WebhookSignature.sign(List.of(SECRET), old, BODY), BODY, "replay");
        assertRefused(List.of(SECRET), WebhookSignature.sign(List.of(SECRET), ahead, BODY), BODY, "replay");
        assertThatCode(() -> WebhookSignature.verify(List.of(SECRET), WebhookSignature.sign(List.of(SECRET), old, BODY), BODY,
                Duration.ofHours(1), NOW)).as("a wider tolerance, chosen by the receiver").doesNotThrowAnyException();
    }

    @Test
    void a_missing_or_malformed_header_is_refused_saying_why() {
        assertRefused(List.of(SECRET), null, BODY, "there is no Onboard-Signature header");
        assertRefused(List.of(SECRET), "v1=abcd", BODY, "needs a t=");
        assertRefused(List.of(SECRET), "t=1764590400", BODY, "at least one v1=");
        assertRefused(List.of(SECRET), "t=yesterday,v1=abcd", BODY, "not a number");
        assertRefused(List.of(SECRET), "t=1764590400,v1=zz", BODY, "not hexadecimal");
        assertRefused(List.of(SECRET), "t1764590400", BODY, "is not t=<seconds>");
        assertThat(WebhookSignature.isValid(List.of(SECRET), "t=1764590400,v1=00", BODY, WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    void schemes_of_a_later_version_are_ignored_beside_v1() throws Exception {
        String header = "t=" + AT.getEpochSecond() + ",v2=ffff,v1=" + byHand(SECRET, AT.getEpochSecond(), BODY);

        assertThatCode(() -> WebhookSignature.verify(List.of(SECRET), header, BODY, WebhookSignature.TOLERANCE, NOW))
                .doesNotThrowAnyException();
    }

    private static void assertRefused(List<String> secrets, String header, byte[] body, String why) {
        assertThatThrownBy(() -> WebhookSignature.verify(secrets, header, body, WebhookSignature.TOLERANCE, NOW))
                .isInstanceOf(WebhookSignature.Invalid.class).hasMessageContaining(why);
    }

    /** The vector, computed independently of the code under test. */
    private static String byHand(String secret, long t, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] prefix = (t + ".").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(message)) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
