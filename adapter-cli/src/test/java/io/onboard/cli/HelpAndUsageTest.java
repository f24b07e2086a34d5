package io.onboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.cli.console.ExitCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** --help on every level explains the command in the domain's words; usage errors exit 2; neither opens the database. */
class HelpAndUsageTest {
    private final Cli cli = Cli.withoutDatabase();

    @TestFactory
    Stream<DynamicTest> every_command_answers_help_with_its_description_and_never_opens_the_database() {
        return commandPaths().stream().map(path -> DynamicTest.dynamicTest(String.join(" ", path) + " --help", () -> {
            List<String> args = new ArrayList<>(path.subList(1, path.size()));
            args.add("--help");
            Cli.Run run = cli.run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).startsWith("Usage: " + String.join(" ", path));
            assertThat(run.out().lines().skip(1).filter(line -> !line.isBlank() && !line.startsWith(" ")))
                    .as("a description under the usage line").isNotEmpty();
        }));
    }

    @Test
    void every_option_and_parameter_has_a_description() {
        List<String> undescribed = new ArrayList<>();
        walk(OnboardCommand.commandLine(null), command -> {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (String.join("", option.description()).isBlank()) {
                    undescribed.add(command.getCommandSpec().qualifiedName() + " " + option.longestName());
                }
            }
            for (PositionalParamSpec parameter : command.getCommandSpec().positionalParameters()) {
                if (String.join("", parameter.description()).isBlank()) {
                    undescribed.add(command.getCommandSpec().qualifiedName() + " " + parameter.paramLabel());
                }
            }
        });

        assertThat(undescribed).isEmpty();
    }

    @Test
    void the_root_help_lists_the_exit_codes() {
        assertThat(cli.run("--help").out()).contains("Exit codes:", "0  done", "1  refused by a rule",
                "2  usage error", "3  not found");
    }

    @Test
    void an_unknown_option_is_a_usage_error_naming_it() {
        Cli.Run run = cli.run("terminal", "list", "--account", "T11223351", "--colour", "blue");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--colour").contains("onboard terminal list --help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_missing_required_option_is_a_usage_error() {
        Cli.Run run = cli.run("session", "check", "--account", "T11223351", "--store", "oslo-center");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--terminal", "--payout-destination");
    }

    @Test
    void a_group_without_its_command_is_a_usage_error_listing_the_commands() {
        Cli.Run run = cli.run("store");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("create, list, show, update, delete");
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_a_suggestion() {
        Cli.Run run = cli.run("terminals");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("terminal");
    }

    @Test
    void the_version_is_printed() {
        Cli.Run run = cli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("onboard ");
    }

    private static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        walk(OnboardCommand.commandLine(null), command -> {
            List<String> path = new ArrayList<>();
            for (CommandLine c = command; c != null; c = c.getParent()) {
                path.add(0, c.getCommandName());
            }
            paths.add(path);
        });
        return paths;
    }

    private static void walk(CommandLine command, java.util.function.Consumer<CommandLine> visit) {
        visit.accept(command);
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            walk(sub.getValue(), visit);
        }
    }
}
