package io.onboard.application.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The friendly first pass over every command: Bean Validation, with each violation reported under the
 * field path clients use ({@code bank_accounts[0].bank_account_number}), not the Java property path.
 */
final class CommandValidator {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    /** Builds the shared factory now, if no one has yet (see {@link Onboard#prepare()}). */
    static void prepare() {
        FACTORY.getValidator();
    }

    /** Starts gathering the field errors of {@code command}, beginning with its constraint violations. */
    Input check(Object command) {
        Input input = new Input();
        List<ConstraintViolation<Object>> violations = validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
        violations.forEach(v -> input.reject(clientPath(v.getPropertyPath()), v.getMessage()));
        return input;
    }

    /** {@code bankAccounts[0].bankAccountNumber}: Bean Validation puts the index on the node inside the list. */
    static String clientPath(Path path) {
        StringBuilder client = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                client.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (client.length() > 0) {
                    client.append('.');
                }
                client.append(snakeCase(name));
            }
        }
        return client.toString();
    }

    /** {@code addressLine2} is {@code address_line_2}: a digit starts a word of its own, as in the API. */
    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([a-z])([0-9])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }
}
