package io.onboard.domain.common;

import io.onboard.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** An absolute http or https address with a host, at most 2048 characters. */
public record Website(String value) {
    public Website {
        Objects.requireNonNull(value, "website");
        if (value.length() > 2048 || !isWebAddress(value)) {
            throw new InvalidValueException("website " + Shown.of(value) + " must be an http or https address such as https://example.com");
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
