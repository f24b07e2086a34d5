package io.onboard.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the server is run; each option from its flag, else its environment variable, else its default:
 * {@code --port} ({@code ONBOARD_PORT}, 8080; 0 picks a free port), {@code --db} ({@code ONBOARD_DB},
 * {@code ./onboard.db}: a SQLite file, or a {@code jdbc:postgresql://} URL), {@code --secret-key-file}
 * ({@code ONBOARD_SECRET_KEY_FILE}; null when not given, and then the composition root puts it beside a SQLite file
 * or refuses a PostgreSQL database without one: the key webhook signing secrets are sealed with, made on first start), {@code --device-delay-ms}
 * ({@code ONBOARD_DEVICE_DELAY_MS}, 1000: how long the simulated devices take to answer an operation) and
 * {@code --operation-timeout-s} ({@code ONBOARD_OPERATION_TIMEOUT_S}, 300: how long a device has to answer),
 * {@code --provisioning-delay-ms} ({@code ONBOARD_PROVISIONING_DELAY_MS}, 0: how long the simulated provider takes to
 * settle a terminal; 0 settles it within the registration) and {@code --provisioning-timeout-s}
 * ({@code ONBOARD_PROVISIONING_TIMEOUT_S}, 1800: how long the provider has before the terminal turns {@code ERROR}).
 */
record Settings(int port, String database, Path secretKeyFile, Duration deviceDelay, Duration operationTimeout,
                Duration provisioningDelay, Duration provisioningTimeout) {
    static final String USAGE = "usage: java -jar onboard-http.jar [--port 8080] [--db ./onboard.db | jdbc:postgresql://...]"
            + " [--secret-key-file ./onboard.db.key] [--device-delay-ms 1000] [--operation-timeout-s 300]"
            + " [--provisioning-delay-ms 0] [--provisioning-timeout-s 1800]"
            + "  (env ONBOARD_PORT, ONBOARD_DB, ONBOARD_SECRET_KEY_FILE, ONBOARD_DEVICE_DELAY_MS,"
            + " ONBOARD_OPERATION_TIMEOUT_S, ONBOARD_PROVISIONING_DELAY_MS, ONBOARD_PROVISIONING_TIMEOUT_S;"
            + " port 0 picks a free port)";
    /** Each flag and the environment variable it stands for. */
    private static final Map<String, String> OPTIONS = Map.of("--port", "ONBOARD_PORT", "--db", "ONBOARD_DB",
            "--secret-key-file", "ONBOARD_SECRET_KEY_FILE", "--device-delay-ms", "ONBOARD_DEVICE_DELAY_MS",
            "--operation-timeout-s", "ONBOARD_OPERATION_TIMEOUT_S", "--provisioning-delay-ms",
            "ONBOARD_PROVISIONING_DELAY_MS", "--provisioning-timeout-s", "ONBOARD_PROVISIONING_TIMEOUT_S");

    /** The database's own key file beside it, and the simulated devices' and provider's defaults. */
    Settings(int port, String database) {
        this(port, database, null, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ZERO,
                Duration.ofMinutes(30));
    }

    /** The log formats logback.xml knows, chosen by the environment alone: logging starts before any flag is read. */
    private static final Set<String> LOG_FORMATS = Set.of("text", "json");

    static Settings parse(String[] args, Map<String, String> env) {
        String logFormat = env.get("ONBOARD_LOG_FORMAT");
        if (logFormat != null && !LOG_FORMATS.contains(logFormat)) {
            throw new IllegalArgumentException("ONBOARD_LOG_FORMAT must be text or json, not " + logFormat);
        }
        Map<String, String> given = new HashMap<>();
        OPTIONS.forEach((flag, variable) -> {
            if (env.get(variable) != null) {
                given.put(flag, env.get(variable));
            }
        });
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (!OPTIONS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            given.put(name, value);
        }
        String db = given.getOrDefault("--db", "./onboard.db");
        String key = given.get("--secret-key-file");
        return new Settings(parsePort(given.getOrDefault("--port", "8080")), db,
                key == null ? null : Path.of(key),
                Duration.ofMillis(number("--device-delay-ms", given.getOrDefault("--device-delay-ms", "1000"), 0)),
                Duration.ofSeconds(number("--operation-timeout-s", given.getOrDefault("--operation-timeout-s", "300"), 1)),
                Duration.ofMillis(number("--provisioning-delay-ms", given.getOrDefault("--provisioning-delay-ms", "0"), 0)),
                Duration.ofSeconds(number("--provisioning-timeout-s",
                        given.getOrDefault("--provisioning-timeout-s", "1800"), 1)));
    }

    private static int parsePort(String port) {
        long number = number("port", port, 0);
        if (number > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
        return (int) number;
    }

    private static long number(String name, String text, long least) {
        try {
            long number = Long.parseLong(text.strip());
            if (number < least) {
                throw new IllegalArgumentException(name + " must be at least " + least + ", not " + text);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not " + text);
        }
    }
}
