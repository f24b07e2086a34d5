package io.onboard.jdbc;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Gives PostgreSQL's events their numbers once their transactions have committed.
 *
 * <p>An account's next number is one more than its highest, and a reader paging by number must never see a number
 * before a lower one is visible. Taken inside the writer's transaction, that means an account's writers take turns
 * until each has committed: the rest of its transaction, its round trips and its commit's WAL flush, one writer at a
 * time (about 300 registrations a second on this machine), where SQLite shares one commit among a group of writers.
 * So a writer's events are written without a number, and after its commit it has numbered, under the account's
 * lock, every committed event of the account still waiting, in the order they were written ({@link #numberCommitted}:
 * one numbering serves every writer of the process that committed before it began). Readers show only numbered
 * events, so they see a prefix of the account's events, which only grows.
 *
 * <p>A writer that dies between its commit and its numbering leaves events waiting: the next writer of the account
 * numbers them, and each open storage looks for waiting events every {@link #SWEEP_EVERY}.
 */
final class EventNumbering {
    static final Duration SWEEP_EVERY = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(EventNumbering.class.getName());

    private final JdbiTransactions db;
    /** Each account's numbering in this process; one entry per account written to since the storage opened. */
    private final Map<String, Turns> turns = new ConcurrentHashMap<>();

    EventNumbering(JdbiTransactions db) {
        this.db = db;
    }

    /** Numbers {@code account}'s waiting events once the thread's transaction has committed. */
    void afterCommit(String account) {
        db.afterCommit(List.of(EventNumbering.class, account), () -> {
            try {
                numberCommitted(account);
            } catch (RuntimeException e) {
                // the writer's change and its events are committed: its caller must hear of success, and the
                // events are numbered by the next writer of the account or the sweep
                LOG.log(Level.WARNING, "events of " + account + " wait for their numbers: " + e.getMessage());
            }
        });
    }

    /**
     * Returns once {@code account}'s events committed so far are numbered. Writers of this process do not each
     * number: one numbering of the account runs at a time, and a writer waits for one that began after it asked,
     * which takes every event committed by then. So the writers that commit while a numbering runs
     * are all served by the next one, and only one of them per process queues for the account's lock.
     */
    void numberCommitted(String account) {
        Turns accountTurns = turns.computeIfAbsent(account, key -> new Turns());
        long covering;
        synchronized (accountTurns) {
            long mine = ++accountTurns.asked;
            while (true) {
                if (accountTurns.covered >= mine) {
                    return;
                }
                if (!accountTurns.running) {
                    accountTurns.running = true;
                    covering = accountTurns.asked;
                    break;
                }
                try {
                    accountTurns.wait();
                } catch (InterruptedException e) {
                    // the sweep numbers what this writer leaves
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        boolean numbered = false;
        try {
            number(account);
            numbered = true;
        } finally {
            synchronized (accountTurns) {
                accountTurns.running = false;
                if (numbered) {
                    accountTurns.covered = Math.max(accountTurns.covered, covering);
                }
                accountTurns.notifyAll();
            }
        }
    }

    /** An account's numberings in this process, guarded by itself. */
    private static final class Turns {
        /** Writers that asked so far. */
        long asked;
        /** Writers whose events a finished numbering took. */
        long covered;
        boolean running;
    }

    /**
     * Numbers {@code account}'s committed events that wait for a number, and says how many: one statement, which takes
     * the account's lock and numbers (the migration {@code V3__events_numbered_in_one_statement.sql}). Run outside a
     * transaction, it holds the lock only while PostgreSQL numbers.
     */
    int number(String account) {
        return db.with(h -> h.createQuery("SELECT number_events(:account)").bind("account", account)
                .mapTo(Integer.class).one());
    }

    /** Numbers every account's waiting events: what a writer that died before its numbering left. */
    int sweep() {
        List<String> waiting = db.with(h -> h.createQuery(
                "SELECT DISTINCT account_id FROM events WHERE sequence IS NULL").mapTo(String.class).list());
        return waiting.stream().mapToInt(this::number).sum();
    }

    /** Sweeps every {@link #SWEEP_EVERY} on a thread of its own, until the returned handle is closed. */
    AutoCloseable sweepInBackground() {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "onboard-event-numbering");
            thread.setDaemon(true);
            return thread;
        });
        long every = SWEEP_EVERY.toMillis();
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the sweep for events waiting for their numbers failed: " + e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return sweeper::shutdownNow;
    }
}
