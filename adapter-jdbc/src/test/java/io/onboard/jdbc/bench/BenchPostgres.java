package io.onboard.jdbc.bench;

import io.onboard.jdbc.testing.TestPostgres;

/**
 * A PostgreSQL server for bench/postgres.sh, from the same Maven Central binaries the tests use: prints the JDBC URL
 * of a new database on it ({@code url=...}), then runs until the process is stopped (its shutdown stops the server).
 */
public final class BenchPostgres {
    private BenchPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("url=" + TestPostgres.newDatabase());
        System.out.flush();
        Thread.currentThread().join();
    }
}
