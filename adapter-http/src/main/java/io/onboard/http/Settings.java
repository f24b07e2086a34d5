package io.onboard.http;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the server is run: {@code --port} (env {@code ONBOARD_PORT}, default 8080, 0 picks a free port),
 * {@code --db} (env {@code ONBOARD_DB}, default {@code ./onboard.db}) and {@code --secret-key-file} (env
 * {@code ONBOARD_SECRET_KEY_FILE}, default the database's path plus {@code .key}): the key webhook signing secrets
 * are sealed with, made on first start. Flags win over the environment.
 */
record Settings(int port, Path database, Path secretKeyFile) {
    static final String USAGE = "usage: java -jar onboard-http.jar [--port 8080] [--db ./onboard.db]"
            + " [--secret-key-file ./onboard.db.key]"
            + "  (env ONBOARD_PORT, ONBOARD_DB, ONBOARD_SECRET_KEY_FILE; port 0 picks a free port)";

    /** The database's own key file beside it. */
    Settings(int port, Path database) {
        this(port, database, keyBeside(database));
    }

    static Path keyBeside(Path database) {
        return database.resolveSibling(database.getFileName() + ".key");
    }

    static Settings parse(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("ONBOARD_PORT", "8080");
        String db = env.getOrDefault("ONBOARD_DB", "./onboard.db");
        String key = env.get("ONBOARD_SECRET_KEY_FILE");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (!name.equals("--port") && !name.equals("--db") && !name.equals("--secret-key-file")) {
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
            } else if (name.equals("--db")) {
                db = value;
            } else {
                key = value;
            }
        }
        return new Settings(parsePort(port), Path.of(db), key == null ? keyBeside(Path.of(db)) : Path.of(key));
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
