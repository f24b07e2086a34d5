package io.onboard.http;

import io.onboard.application.paging.PageRequest;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Query parameters shared by the lists: {@code limit} and {@code includes}, refused with their name when wrong. */
final class Queries {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private Queries() {
    }

    /** {@code limit} 1-100, or null for the default. */
    static Integer limit(Call call) {
        String limit = call.query("limit");
        if (limit == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(limit).matches() || Integer.parseInt(limit) < 1
                || Integer.parseInt(limit) > PageRequest.MAX_LIMIT) {
            throw HttpError.field("VALIDATION_ERROR", "limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
        }
        return Integer.parseInt(limit);
    }

    /** True for {@code includes=store}; the only expansion offered. */
    static boolean includesStore(Call call) {
        String includes = call.query("includes");
        if (includes == null || includes.isEmpty()) {
            return false;
        }
        if (!Arrays.stream(includes.split(",")).map(String::strip).allMatch("store"::equals)) {
            throw HttpError.field("VALIDATION_ERROR", "includes", "the only value offered is store");
        }
        return true;
    }
}
