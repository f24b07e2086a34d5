package com.example.pos;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.service.Onboard;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.terminal.TerminalStatus;
import io.onboard.jdbc.SqliteStorage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding program, run as a user would run it, does what its comments say. */
class EmbeddingExampleTest {
    @TempDir
    Path folder;

    @Test
    void the_example_enrolls_a_terminal_takes_a_session_and_is_refused_a_second_registration() {
        Path file = folder.resolve("pos/onboard.db");

        String printed = run(file);

        assertThat(printed.lines()).containsExactly(
                "T11223351-T0001 is ACTIVE, enrolled: true",
                printed.lines().filter(l -> l.startsWith("session ")).findFirst().orElse("a session line"),
                "refused: DUPLICATE_SERIAL_NUMBER",
                "T11223351-T0001 158222607285 in oslo-center");
        assertThat(printed).containsPattern("session \\S+ is CREATED");
        try (SqliteStorage reopened = SqliteStorage.open(file)) {
            var terminal = Onboard.withBuiltIns(reopened.onboarding()).getTerminal()
                    .get(AccountId.parse("T11223351"), "T11223351-T0001");
            assertThat(terminal.status()).as("the data outlives the program").isEqualTo(TerminalStatus.ACTIVE);
        }
    }

    private static String run(Path file) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[] {file.toString()});
        } finally {
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
