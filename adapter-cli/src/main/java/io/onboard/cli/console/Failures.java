package io.onboard.cli.console;

import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.NotFoundException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns whatever stopped a command into SPEC 7's answer: {@code CODE: message} and each field error on its
 * own line on stderr, and the exit code of {@link ExitCodes}. A stack trace only with {@code --verbose}.
 */
public final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
    public static final String VERBOSE = "--verbose";

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int exitCode;
        if (failure instanceof DomainException refusal) {
            report(err, refusal.code().name(), refusal.getMessage(), refusal.fieldErrors());
            exitCode = refusal instanceof NotFoundException ? ExitCodes.NOT_FOUND : ExitCodes.REJECTED;
        } else if (failure instanceof RejectedInput refusal) {
            report(err, refusal.code(), refusal.getMessage(), refusal.fieldErrors());
            exitCode = ExitCodes.REJECTED;
        } else {
            report(err, "INTERNAL_ERROR", failure + (verbose(parsed) ? "" : " (run again with --verbose for details)"),
                    List.of());
            exitCode = ExitCodes.INTERNAL;
        }
        if (verbose(parsed)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(failure.getMessage());
        UnmatchedArgumentException.printSuggestions(failure, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for its usage.");
        if (verbose(command.getParseResult())) {
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /** {@code CODE: message}, then {@code   field: message} for each field at fault. */
    public static void report(PrintWriter err, String code, String message, List<FieldError> fieldErrors) {
        err.println(code + ": " + message);
        fieldErrors.forEach(error -> err.println("  " + error.field() + ": " + error.message()));
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
