package io.onboard.http;

import io.onboard.domain.error.ErrorCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ETag} and {@code If-Match}: the ETag of a store, terminal or seller is its version as a strong
 * entity tag ({@code "7"}). An {@code If-Match} that is not one of our tags can never match, so it fails
 * the precondition (412) rather than being ignored.
 */
final class ETags {
    private static final Pattern TAG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client expects, or null when it sent no {@code If-Match} (or {@code *}). */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new HttpError(412, ErrorCode.PRECONDITION_FAILED.name(),
                    "If-Match must be an ETag this API returned, such as \"3\"; this one matches no resource");
        }
        return Long.parseLong(tag.group(1));
    }
}
