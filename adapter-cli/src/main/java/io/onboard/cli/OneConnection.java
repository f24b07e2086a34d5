package io.onboard.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A data source for a single-threaded process that runs one command: it opens one SQLite connection and
 * hands it out again for every transaction, ignoring {@code close()} until the command ends. Opening a
 * connection per transaction costs a schema parse, and closing the last one checkpoints the WAL; for a
 * terminal import that was most of the time (10,000 rows took minutes). Between transactions the connection
 * holds no lock, so a server working on the same file is not held up.
 */
final class OneConnection extends SQLiteDataSource implements AutoCloseable {
    private Connection connection;

    OneConnection(SQLiteConfig config, String url) {
        super(config);
        setUrl(url);
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (connection == null) {
            connection = super.getConnection();
        }
        Connection shared = connection;
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
