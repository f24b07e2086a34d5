package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terminal import: every row on its own, bad rows reported by line and code, nothing registered twice. */
class TerminalImportTest {
    private static final String MIXED = """
            device_serial_number,device_model,store_id,label
            SN-000001,SATURN1000,T11223351-0001,Till 1
            SN-000002,S1P2,oslo-center,"Bar, by the door"
            SN-000003,SATURN1000,nowhere,
            SN-000004,SATURN9,T11223351-0001,

            SN-000001,S1MINI2,T11223351-0001,Duplicate in the file
            SN-000006,"S1U2,T11223351-0001,
            SN-000007,S1U2
            SN-000008,S1U2,T11223351-0001,"Till ""8""\"
            """;

    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void seed() {
        cli = newCli().seeded();
    }

    /** The CLI on the database under test: a SQLite file here. */
    Cli newCli() {
        return Cli.on(dir.resolve("onboard.db"));
    }

    @Test
    void good_rows_are_registered_and_each_bad_row_is_reported_with_its_line_and_code() throws IOException {
        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--file", csv(MIXED));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.out().lines().toList()).containsExactly(
                "Failed rows:",
                "line 4: STORE_NOT_FOUND store nowhere does not exist",
                "line 5: UNSUPPORTED_DEVICE_MODEL " + message(run, 5),
                "line 7: DUPLICATE_SERIAL_NUMBER " + message(run, 7),
                "line 8: MALFORMED_LINE the quote that opens column 2 is never closed",
                "line 9: MALFORMED_LINE 2 columns where the header has 4 (device_serial_number,device_model,store_id,label)",
                "registered 3, failed 5");
        assertThat(message(run, 5)).contains("SATURN9");
        assertThat(run.err()).isEmpty();
        assertThat(labels()).containsExactly("Till 1", "Bar, by the door", "Till \"8\"");
    }

    @Test
    void running_the_same_file_again_registers_nothing_twice() throws IOException {
        String file = csv(MIXED);
        cli.run("terminal", "import", "--account", ACCOUNT, "--file", file);

        Cli.Run again = cli.run("terminal", "import", "--account", ACCOUNT, "--file", file);

        assertThat(again.out()).contains("registered 0, failed 8")
                .contains("line 2: DUPLICATE_SERIAL_NUMBER", "line 3: DUPLICATE_SERIAL_NUMBER", "line 10: DUPLICATE_SERIAL_NUMBER");
        assertThat(labels()).hasSize(3);
    }

    @Test
    void a_file_of_good_rows_exits_0_and_json_reports_each_terminal_by_line() throws IOException {
        String rows = IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("SN-%06d,S1P2,oslo-center", i))
                .collect(Collectors.joining("\n", "device_serial_number,device_model,store_id\n", "\n"));

        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--file", csv(rows), "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DONE);
        JsonNode report = run.json();
        assertThat(report.get("registered").asInt()).isEqualTo(25);
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(report.at("/terminals/0/line").asInt()).isEqualTo(2);
        assertThat(report.at("/terminals/24/terminal_id").asText()).isEqualTo("T11223351-T0025");
        assertThat(report.at("/terminals/24/device_serial_number").asText()).isEqualTo("SN-000025");
    }

    @Test
    void json_reports_each_failed_row_with_line_code_and_field_errors() throws IOException {
        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--json", "--file", csv("""
                device_serial_number,device_model,store_id
                x,SATURN9,T11223351-0001
                """));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        JsonNode failure = run.json().at("/failures/0");
        assertThat(failure.get("line").asInt()).isEqualTo(2);
        assertThat(failure.get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(failure.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("device_serial_number", "device_model");
    }

    @Test
    void a_header_only_file_registers_nothing_and_is_done() throws IOException {
        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--file",
                csv("device_serial_number,device_model,store_id\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out()).isEqualTo("registered 0, failed 0\n");
    }

    @Test
    void an_empty_file_is_a_usage_error_asking_for_the_header() throws IOException {
        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--file", csv(""));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is empty", "device_serial_number,device_model,store_id");
    }

    @Test
    void a_file_without_the_header_registers_nothing() throws IOException {
        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--file",
                csv("SN-000001,SATURN1000,T11223351-0001\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("has the header 'SN-000001,SATURN1000,T11223351-0001'", "nothing was registered");
        assertThat(labels()).isEmpty();
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--file", dir.resolve("none.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot read --file");
    }

    @Test
    void windows_line_endings_a_byte_order_mark_and_header_case_are_accepted() throws IOException {
        Cli.Run run = cli.run("terminal", "import", "--account", ACCOUNT, "--file",
                csv("\uFEFFDevice_Serial_Number, device_model ,STORE_ID\r\nSN-000001,S1P2,oslo-center\r\n"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out()).isEqualTo("registered 1, failed 0\n");
    }

    private String csv(String content) throws IOException {
        Path file = Files.createTempFile(dir, "terminals", ".csv");
        Files.writeString(file, content);
        return file.toString();
    }

    /** The text after {@code line K: CODE } in the report. */
    private static String message(Cli.Run run, int line) {
        String prefix = "line " + line + ": ";
        String reported = run.out().lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        return reported.substring(reported.indexOf(' ', prefix.length()) + 1);
    }

    private java.util.List<String> labels() {
        return cli.ok("terminal", "list", "--account", ACCOUNT, "--limit", "100", "--json").json().get("terminals")
                .findValues("label").stream().filter(l -> !l.isNull()).map(JsonNode::asText).toList();
    }
}
