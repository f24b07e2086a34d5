package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.cli.console.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 7's exit codes, and refusals printed as CODE: message with every field error, on stderr. */
class FailuresAndExitCodesTest {
    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void database() {
        cli = Cli.on(dir.resolve("onboard.db")).seeded();
    }

    @Test
    void a_command_that_is_done_exits_0_and_prints_nothing_on_stderr() {
        Cli.Run run = cli.run("store", "show", "--account", ACCOUNT, Cli.STORE_ID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_refusal_by_a_rule_exits_1_with_its_code_and_message_and_no_stack_trace() {
        Cli.Run run = cli.run("account", "create", ACCOUNT);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).isEqualTo("DUPLICATE_ACCOUNT: account T11223351 already exists\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void every_field_error_of_a_refusal_is_printed_at_once() {
        Cli.Run run = cli.run("seller", "apply", "--account", ACCOUNT, "--id", "seller-2", "--type", "company",
                "--country", "NO", "--organization-number", "923663488", "--email", "not-an-email", "--phone", "12");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err().lines().toList()).first().asString().startsWith("VALIDATION_ERROR: 3 fields are invalid");
        assertThat(run.err()).contains("  organization_number: ", "  email: ", "  phone_number: ");
    }

    @Test
    void a_usage_error_exits_2() {
        assertThat(cli.run("store", "show", "--account", ACCOUNT).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void naming_something_that_does_not_exist_exits_3_with_not_found() {
        Cli.Run run = cli.run("terminal", "show", "--account", ACCOUNT, "T11223351-T0042");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).startsWith("NOT_FOUND: terminal T11223351-T0042 does not exist");
    }

    @Test
    void verbose_adds_the_exception_to_the_report() {
        Cli.Run quiet = cli.run("store", "show", "--account", ACCOUNT, "nowhere");
        Cli.Run verbose = cli.run("store", "show", "--account", ACCOUNT, "nowhere", "--verbose");

        assertThat(quiet.err()).doesNotContain("Exception");
        assertThat(verbose.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(verbose.err()).startsWith("NOT_FOUND: store nowhere does not exist")
                .contains("io.onboard.domain.error.NotFoundException");
    }

    @Test
    void a_fault_that_is_no_refusal_exits_70_and_verbose_shows_where_it_happened() {
        Path notADatabase = dir.resolve("folder.db");
        notADatabase.toFile().mkdirs();
        Cli broken = Cli.on(notADatabase);

        Cli.Run quiet = broken.run("store", "list", "--account", ACCOUNT);
        Cli.Run verbose = broken.run("store", "list", "--account", ACCOUNT, "--verbose");

        assertThat(quiet.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(quiet.err()).startsWith("INTERNAL_ERROR: ").contains("--verbose").doesNotContain("\tat ");
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void a_malformed_account_id_is_refused_with_validation_error() {
        Cli.Run run = cli.run("store", "list", "--account", "X1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("VALIDATION_ERROR: ");
    }
}
