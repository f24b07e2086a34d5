package io.onboard.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rule of {@code Shown}: a rejected value is echoed in a message shortened and with control
 * characters replaced, so a huge or hostile input cannot flood or forge a response or a log line.
 */
public final class Echoes {
    /** Long, with a line break and a terminal escape sequence. */
    public static final String HOSTILE = "x".repeat(300) + "\n\u001B[2J";

    private Echoes() {
    }

    public static void assertEchoedSafely(String message) {
        assertThat(message.codePoints().filter(Character::isISOControl).count())
                .as("control characters in: %s", message).isZero();
        assertThat(message).as("the rejected value must be shortened").doesNotContain("x".repeat(100));
    }
}
