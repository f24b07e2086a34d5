package io.onboard.jdbc.bench;

import java.nio.file.Path;

/** Where the JMH benchmarks find their generated database: one million terminals, shared by every benchmark. */
final class Databases {
    static final int TERMINALS = Integer.getInteger("bench.terminals", 1_000_000);
    static final int STORES = 1_000;
    static final int SELLERS = 100;

    private Databases() {
    }

    /** The generated database under {@code bench.dir} (target/bench when run through Maven). */
    static Path million() throws Exception {
        Path db = Path.of(System.getProperty("bench.dir", "target/bench"), "onboard-" + TERMINALS + ".db");
        java.nio.file.Files.createDirectories(db.getParent());
        BenchData.ensure(db, TERMINALS, STORES, SELLERS);
        return db;
    }
}
