package io.onboard.cli.terminal;

import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.ExitCodes;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.DomainException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard terminal import --account <aid> --file terminals.csv}: many registrations, each on its own. */
@Command(name = "import",
        description = {"Register every terminal listed in a CSV file. The first line is the header "
                + "device_serial_number,device_model,store_id or device_serial_number,device_model,store_id,label; "
                + "each further line is one terminal, store_id being the store's server id or its store_id. "
                + "Blank lines are skipped; fields may be quoted as in RFC 4180 (\"Till 2, by the door\").",
            "Each row is registered on its own, as 'terminal register' would: a bad row (unknown store, unsupported "
                    + "model, serial number already registered, malformed line, wrong column count) is reported and "
                    + "never stops or undoes the others. Running the same file again registers nothing twice: "
                    + "the rows already registered fail with DUPLICATE_SERIAL_NUMBER.",
            "Shows a progress bar when run in a terminal. Ends with each failed row as 'line K: CODE message' and "
                    + "the summary 'registered N, failed M'. Exits 0 when every row was registered, 1 when any failed, "
                    + "2 when the file cannot be read or its header is wrong (then nothing is registered)."})
final class TerminalImport implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("device_serial_number", "device_model", "store_id", "label");
    private static final String MALFORMED_LINE = "MALFORMED_LINE";

    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--file", required = true, paramLabel = "<terminals.csv>", description = "The CSV file, UTF-8.")
    private Path file;

    @Mixin
    private Output output;

    @Spec
    private CommandSpec spec;

    TerminalImport(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public Integer call() {
        AccountId accountId = account.id();
        List<String> lines = lines();
        int header = firstNonBlank(lines);
        int columns = columnsOf(lines.get(header));
        ImportReport report = new ImportReport();
        int rows = (int) lines.stream().skip(header + 1L).filter(line -> !line.isBlank()).count();
        try (ImportProgress progress = ImportProgress.start(rows)) {
            for (int i = header + 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    importRow(accountId, i + 1, lines.get(i), columns, report);
                    progress.step();
                }
            }
        }
        output.print(report.body(), report::print);
        return report.anyFailed() ? ExitCodes.REJECTED : ExitCodes.DONE;
    }

    private void importRow(AccountId accountId, int line, String text, int columns, ImportReport report) {
        List<String> fields;
        try {
            fields = CsvLine.parse(text);
        } catch (CsvLine.Malformed e) {
            report.failed(line, MALFORMED_LINE, e.getMessage(), List.of());
            return;
        }
        if (fields.size() != columns) {
            report.failed(line, MALFORMED_LINE, fields.size() + " columns where the header has " + columns + " ("
                    + String.join(",", COLUMNS.subList(0, columns)) + ")", List.of());
            return;
        }
        String label = columns == COLUMNS.size() && !fields.get(3).isEmpty() ? fields.get(3) : null;
        try {
            report.registered(line, useCases.registerTerminal().register(
                    new RegisterTerminalCommand(accountId, fields.get(0), fields.get(1), fields.get(2), label)));
        } catch (DomainException refused) {
            report.failed(line, refused.code().name(), refused.getMessage(), refused.fieldErrors());
        }
    }

    private List<String> lines() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --file " + file + ": " + e);
        }
    }

    private int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        throw new ParameterException(spec.commandLine(), file + " is empty: it needs at least the header line "
                + String.join(",", COLUMNS.subList(0, 3)) + "[,label]");
    }

    /** The header's column count (3, or 4 with label); any other header is a usage error. */
    private int columnsOf(String headerLine) {
        List<String> header;
        try {
            header = CsvLine.parse(headerLine).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        } catch (CsvLine.Malformed e) {
            header = List.of(headerLine);
        }
        if (header.equals(COLUMNS) || header.equals(COLUMNS.subList(0, 3))) {
            return header.size();
        }
        throw new ParameterException(spec.commandLine(), file + " has the header '" + headerLine.strip()
                + "'; expected " + String.join(",", COLUMNS.subList(0, 3)) + " or " + String.join(",", COLUMNS)
                + " (nothing was registered)");
    }
}
