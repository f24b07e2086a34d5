package io.onboard.jdbc;

import io.onboard.jdbc.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Onboard's storage on a new, empty PostgreSQL database ({@link TestPostgres}) for each storage a test opens, closed
 * after the test. Register it with {@code @RegisterExtension}.
 */
final class FreshPostgres implements AfterEachCallback {
    private final List<PostgresStorage> opened = new ArrayList<>();

    PostgresStorage open() {
        PostgresStorage storage = PostgresStorage.open(TestPostgres.newDatabase());
        opened.add(storage);
        return storage;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(PostgresStorage::close);
        opened.clear();
    }
}
