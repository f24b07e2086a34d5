package io.onboard.jdbc;

import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The child process of {@link KillDurabilityTest}: registers terminals in a loop on the given file, from several
 * threads at once so that their writes share commits (group commit), and prints each terminal id on its own line
 * only once its registration call has returned, until it is killed.
 */
public final class DurabilityWriter {
    private static final int THREADS = 4;

    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        Onboard onboard = Onboard.withBuiltIns(SqliteStorage.open(Path.of(args[0])).onboarding());
        if (!storeExists(onboard)) {
            onboard.createAccount().create(new CreateAccountCommand(Seed.ACCOUNT.value(), null));
            onboard.applyForPayoutDestination().apply(Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE"));
            onboard.createStore().create(Requests.store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER, null));
        }
        System.out.println("ready");
        System.out.flush();
        for (int t = 0; t < THREADS; t++) {
            new Thread(() -> {
                while (true) {
                    String serial = UUID.randomUUID().toString().substring(0, 18);
                    String id = onboard.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, serial, Seed.STORE_ID))
                            .terminal().terminalId().value();
                    synchronized (System.out) {
                        System.out.println(id);
                        System.out.flush();
                    }
                }
            }, "writer-" + t).start();
        }
    }

    private static boolean storeExists(Onboard onboard) {
        try {
            onboard.getStore().get(Seed.ACCOUNT, Seed.STORE_ID);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
