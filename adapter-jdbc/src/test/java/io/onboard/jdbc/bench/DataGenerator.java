package io.onboard.jdbc.bench;

import java.nio.file.Path;

/**
 * Command line for {@link BenchData}: {@code DataGenerator <db> [terminals] [stores] [sellers]}, {@code <db>} a SQLite
 * path (generated once and kept) or a PostgreSQL URL (generated into it). Prints the
 * API client's credentials line ({@code client_id=... client_secret=...}) last.
 */
public final class DataGenerator {
    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int terminals = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int stores = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int sellers = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        System.out.println(args[0].startsWith("jdbc:postgresql:")
                ? BenchData.generate(args[0], terminals, stores, sellers)
                : BenchData.ensure(Path.of(args[0]), terminals, stores, sellers));
    }
}
