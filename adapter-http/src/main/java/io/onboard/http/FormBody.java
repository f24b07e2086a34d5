package io.onboard.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body, as OAuth 2.0 clients send the token request (RFC 6749
 * 4.4.2). RFC 6749 3.2 forbids a parameter twice, so a repeated one is refused rather than one of them kept.
 */
final class FormBody {
    private FormBody() {
    }

    static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).split(";")[0].strip().equals("application/x-www-form-urlencoded");
    }

    /** The parameters; {@link IllegalArgumentException} with a client-facing reason when the body is not a form. */
    static Map<String, String> parse(byte[] body) {
        String text = StrictUtf8.decode(body);
        Map<String, String> parameters = new HashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("the parameter " + name + " is given more than once");
            }
        }
        return parameters;
    }

    private static String decode(String encoded) {
        // URLDecoder throws IllegalArgumentException on a broken escape such as %zz, which is this method's refusal too.
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
