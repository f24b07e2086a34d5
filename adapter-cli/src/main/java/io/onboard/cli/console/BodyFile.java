package io.onboard.cli.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --file body.json}: the request as the HTTP API's JSON body, instead of one option per field. The
 * two ways do not mix: a field option next to {@code --file} is a usage error rather than a silent override.
 */
public final class BodyFile {
    private static final Set<String> COMBINABLE = Set.of("--file", "--account", "--json", "--verbose", "--db");

    @Option(names = "--file", paramLabel = "<body.json>",
            description = "Read the request from a file holding the HTTP API's JSON body for this call (snake_case "
                    + "field names, as in SPEC 6). Not combinable with the field options.")
    private Path file;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    public boolean given() {
        return file != null;
    }

    /** The body in the file, refused as the HTTP API refuses it (unknown fields, wrong types). */
    public <T> T read(Class<T> type) {
        List<String> fieldOptions = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName)
                .filter(name -> !COMBINABLE.contains(name))
                .toList();
        if (!fieldOptions.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--file cannot be combined with " + String.join(", ", fieldOptions) + ": put those fields in the file");
        }
        return JsonBodies.read(spec.commandLine(), file, type);
    }
}
