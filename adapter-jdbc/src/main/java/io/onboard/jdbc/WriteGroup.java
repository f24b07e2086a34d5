package io.onboard.jdbc;

import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One SQLite write transaction shared by the writers that {@link JdbiTransactions} lets in one after another
 * (group commit). A commit writes every page the transaction changed to the WAL, and one registration changes
 * the table and several index pages, mostly the same ones as the registration before it: committing many
 * together writes those pages once. Used by one thread at a time, under the writer lock, except
 * {@link #awaitCommit()}.
 */
final class WriteGroup {
    private final Handle handle;
    /** When the first member's work succeeded: from then on, an acknowledgement is waiting for the commit. */
    private long firstDoneAt;
    private final CountDownLatch ended = new CountDownLatch(1);
    private int size;
    /** Set when a member's failure could not be undone on its own: the whole group then rolls back. */
    private RuntimeException broken;
    /** Why the group did not commit; read after {@link #ended}. */
    private volatile RuntimeException failure;

    private WriteGroup(Handle handle) {
        this.handle = handle;
    }

    static WriteGroup begin(Jdbi jdbi) {
        Handle handle = jdbi.open();
        try {
            handle.begin();
            return new WriteGroup(handle);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    Handle handle() {
        return handle;
    }

    int size() {
        return size;
    }

    boolean isBroken() {
        return broken != null;
    }

    /** How long the first successful member has been waiting for the commit (0 while there is none). */
    long waitingNanos() {
        return size == 0 ? 0 : System.nanoTime() - firstDoneAt;
    }

    /**
     * Runs one writer's work in the transaction. The first member needs no savepoint: if it fails, nothing else
     * is in the transaction, and the group ends (rolled back) right after it. Later members run under a
     * savepoint, so a failure takes back their own writes only.
     */
    <T> T run(Supplier<T> work) {
        if (size == 0) {
            try {
                T result = work.get();
                size++;
                firstDoneAt = System.nanoTime();
                return result;
            } catch (RuntimeException | Error e) {
                broken = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                throw e;
            }
        }
        try {
            handle.execute("SAVEPOINT member");
        } catch (RuntimeException e) {
            broken = e;
            throw e;
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            undo();
            throw e;
        }
        try {
            handle.execute("RELEASE member");
        } catch (RuntimeException e) {
            // Reported as failed, so its writes must not commit with the others.
            undo();
            throw e;
        }
        size++;
        return result;
    }

    /** Takes back the current member's writes; if even that fails, the whole group rolls back. */
    private void undo() {
        try {
            handle.execute("ROLLBACK TO member");
            handle.execute("RELEASE member");
        } catch (RuntimeException e) {
            broken = e;
        }
    }

    /** Commits, or rolls back when broken; then lets every member waiting in {@link #awaitCommit()} go. */
    void end() {
        try {
            if (broken != null) {
                failure = new IllegalStateException("the write was rolled back with its group: " + broken.getMessage(),
                        broken);
                rollBack();
            } else {
                try {
                    handle.commit();
                } catch (RuntimeException e) {
                    failure = e;
                    rollBack();
                }
            }
        } finally {
            try {
                handle.close();
            } catch (RuntimeException e) {
                // Closing only returns the connection (the pool resets it); what was committed stays committed.
            } finally {
                ended.countDown();
            }
        }
    }

    /** Rolls back what is left; a transaction SQLite already ended makes this fail, which changes nothing. */
    private void rollBack() {
        try {
            handle.rollback();
        } catch (RuntimeException ignored) {
            // The failure that matters is already recorded for the members.
        }
    }

    /** Returns once the group has committed; throws if it rolled back instead, since this member's writes went with it. */
    void awaitCommit() {
        boolean interrupted = false;
        while (true) {
            try {
                ended.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
