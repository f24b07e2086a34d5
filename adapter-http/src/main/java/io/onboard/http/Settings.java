package io.onboard.http;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the server is run: {@code --port} (env {@code ONBOARD_PORT}, default 8080, 0 picks a free port) and
 * {@code --db} (env {@code ONBOARD_DB}, default {@code ./onboard.db}). Flags win over the environment.
 */
record Settings(int port, Path database) {
    static final String USAGE = "usage: java -jar onboard-http.jar [--port 8080] [--db ./onboard.db]"
            + "  (env ONBOARD_PORT, ONBOARD_DB; port 0 picks a free port)";

    static Settings parse(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("ONBOARD_PORT", "8080");
        String db = env.getOrDefault("ONBOARD_DB", "./onboard.db");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (!name.equals("--port") && !name.equals("--db")) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            if (name.equals("--port")) {
                port = value;
            } else {
                db = value;
            }
        }
        return new Settings(parsePort(port), Path.of(db));
    }

    private static int parsePort(String port) {
        try {
            int number = Integer.parseInt(port.strip());
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, not " + port);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, not " + port);
        }
    }
}
