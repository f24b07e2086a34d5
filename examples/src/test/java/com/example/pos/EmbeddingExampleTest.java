package com.example.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.service.Onboard;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.terminal.TerminalStatus;
import io.onboard.jdbc.SqliteStorage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding program, run as a user would run it, does what its comments say. */
class EmbeddingExampleTest {
    @TempDir
    Path folder;

    @Test
    void the_example_enrolls_a_terminal_takes_a_session_and_is_refused_a_second_registration() throws IOException {
        Path file = folder.resolve("pos/onboard.db");

        List<String> printed = run(file).lines().toList();

        assertThat(printed).hasSize(4);
        assertThat(printed.get(0)).isEqualTo("T11223351-T0001 is ACTIVE, enrolled: true");
        assertThat(printed.get(1)).matches("session T11223351\\.[0-9a-f]{32} is CREATED");
        assertThat(printed.get(2)).isEqualTo("refused: DUPLICATE_SERIAL_NUMBER");
        assertThat(printed.get(3)).isEqualTo("T11223351-T0001 158222607285 in oslo-center");
        try (SqliteStorage reopened = SqliteStorage.open(file)) {
            var terminal = Onboard.withBuiltIns(reopened.onboarding()).getTerminal()
                    .get(AccountId.parse("T11223351"), "T11223351-T0001");
            assertThat(terminal.status()).as("the data outlives the program").isEqualTo(TerminalStatus.ACTIVE);
        }
    }

    @Test
    void without_a_path_each_run_takes_a_new_file_and_on_the_same_file_a_second_run_is_refused() throws IOException {
        assertThat(runWithoutPath()).startsWith("T11223351-T0001 is ACTIVE, enrolled: true");
        assertThat(runWithoutPath()).as("a second run, on a file of its own").startsWith("T11223351-T0001 is ACTIVE");

        Path file = folder.resolve("onboard.db");
        run(file);
        assertThatThrownBy(() -> run(file)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.DUPLICATE_ACCOUNT));
    }

    private static String runWithoutPath() throws IOException {
        return capture(() -> EmbeddingExample.main(new String[0]));
    }

    private static String run(Path file) throws IOException {
        return capture(() -> EmbeddingExample.main(new String[] {file.toString()}));
    }

    /** A program run, as {@code main} with its arguments. */
    private interface Program {
        void run() throws IOException;
    }

    private static String capture(Program program) throws IOException {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
