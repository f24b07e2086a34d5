package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.terminal.TerminalStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM registering terminals from several threads (so writes share commits) is killed
 * with SIGKILL at random moments, several times over one file. After each kill the file opens, passes {@code PRAGMA integrity_check}, and holds every
 * terminal the child reported as committed.
 */
class KillDurabilityTest {
    private static final int KILLS = 5;

    @TempDir
    Path folder;

    @Test
    void a_killed_writer_loses_no_acknowledged_write_and_leaves_a_sound_file() throws Exception {
        Path file = folder.resolve("onboard.db");
        Random random = new Random();
        List<String> acknowledged = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DurabilityWriter.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int before = acknowledged.size();
            int wanted = 20 + random.nextInt(200);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("child started").isEqualTo("ready");
                String line;
                while (acknowledged.size() - before < wanted && (line = out.readLine()) != null) {
                    acknowledged.add(line);
                }
                // SIGKILL through the process handle: Process.destroyForcibly would also close our end of the pipe.
                child.toHandle().destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                // Lines already in the pipe were written after their commit returned: they count too.
                while ((line = out.readLine()) != null) {
                    acknowledged.add(line);
                }
            }
            assertThat(acknowledged.size() - before).as("kill " + kill + " came while writing").isGreaterThanOrEqualTo(wanted);
            assertThat(integrityCheck(file)).isEqualTo("ok");
            assertAllPresent(file, acknowledged);
        }
    }

    private static void assertAllPresent(Path file, List<String> acknowledged) {
        // Closed afterwards: a pool left open may add a connection (and the -wal file) while JUnit deletes the folder.
        try (SqliteStorage storage = SqliteStorage.open(file)) {
            Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
            for (String id : acknowledged) {
                assertThat(onboard.getTerminal().get(Seed.ACCOUNT, id).terminal().status())
                        .as(id).isIn(TerminalStatus.PENDING, TerminalStatus.ACTIVE);
            }
        }
    }

    private static String integrityCheck(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }
}
