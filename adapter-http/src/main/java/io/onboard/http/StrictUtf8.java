package io.onboard.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies decoded as UTF-8 is defined (RFC 3629), whatever they hold. Jackson would decode an overlong form
 * ({@code C0 AE} as {@code .}, the classic way past an id or path check) and store what is beyond U+10FFFF as
 * {@code ?}; the JDK's reporting decoder refuses both, and surrogates encoded as bytes.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The text of {@code bytes}; {@link IllegalArgumentException} when they are not UTF-8. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the request body is not valid UTF-8");
        }
    }
}
