package io.onboard.jdbc.bench;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.service.Onboard;
import io.onboard.jdbc.SqliteStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 4: listing terminals of an account holding a million, through the use case: the first page against
 * a page 10,000 pages deep (default limit 10), without a filter and with a device-model filter that matches
 * one terminal in five. Keyset paging should make depth free.
 */
@State(Scope.Benchmark)
public class ListingBenchmark {
    static final int LIMIT = 10;
    static final int DEPTH = 10_000;

    private SqliteStorage storage;
    private Onboard onboard;
    private String model;
    private Cursor deepCursor;
    private String deepFilteredCursor;

    @Setup(Level.Trial)
    public void open() throws Exception {
        storage = SqliteStorage.open(Databases.million());
        onboard = Onboard.withBuiltIns(storage.onboarding());
        model = BenchData.MODELS[0].wireName();
        // Terminal n has model MODELS[n % 5]: the (DEPTH * LIMIT)-th terminal of MODELS[0] is number 5 * DEPTH * LIMIT.
        deepCursor = new Cursor((long) DEPTH * LIMIT, "");
        deepFilteredCursor = new Cursor((long) BenchData.MODELS.length * DEPTH * LIMIT, "").encode();
        check(firstPage());
        check(deepPage());
        check(firstPageFiltered());
        check(deepPageFiltered());
    }

    private static void check(Page<TerminalView> page) {
        if (page.items().size() != LIMIT) {
            throw new IllegalStateException("expected a full page, got " + page.items().size());
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        storage.close();
    }

    @Benchmark
    public Page<TerminalView> firstPage() {
        return onboard.listTerminals().list(ListTerminalsQuery.builder(BenchData.ACCOUNT).limit(LIMIT).build());
    }

    @Benchmark
    public Page<TerminalView> deepPage() {
        return onboard.listTerminals().list(ListTerminalsQuery.builder(BenchData.ACCOUNT).limit(LIMIT).build().after(deepCursor));
    }

    @Benchmark
    public Page<TerminalView> firstPageFiltered() {
        return onboard.listTerminals().list(filtered(null));
    }

    @Benchmark
    public Page<TerminalView> deepPageFiltered() {
        return onboard.listTerminals().list(filtered(deepFilteredCursor));
    }

    private ListTerminalsQuery filtered(String cursor) {
        return new ListTerminalsQuery(BenchData.ACCOUNT, LIMIT, cursor, null, null, null, model, null, null, null);
    }
}
