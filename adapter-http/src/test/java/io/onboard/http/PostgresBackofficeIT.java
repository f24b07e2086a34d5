package io.onboard.http;

import io.onboard.jdbc.testing.TestPostgres;

/** {@link BackofficeIT}: the console in a real browser, against the built jar on a real PostgreSQL database. */
class PostgresBackofficeIT extends BackofficeIT {
    @Override
    ServerProcess startServer() throws Exception {
        return ServerProcess.start(TestPostgres.newDatabase(), "--secret-key-file",
                folder.resolve("onboard.key").toString());
    }
}
