package com.example.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README shows the examples' code, and this keeps the two identical: a code block that follows a comment
 * {@code <!-- example: path -->} must be that file, word for word. So every snippet a newcomer copies compiles
 * and runs, because this module builds and tests it.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SHOWN = Pattern.compile("<!-- example: (\\S+) -->\\R```java\\R(.*?)```", Pattern.DOTALL);

    @Test
    void every_example_the_readme_shows_is_the_file_the_build_compiles_and_runs() throws IOException {
        Map<String, String> shown = shownExamples();

        assertThat(shown).containsKeys(
                "examples/src/main/java/com/example/pos/EmbeddingExample.java",
                "examples/src/test/java/com/example/pos/PosArchitectureTest.java");
        for (Map.Entry<String, String> example : shown.entrySet()) {
            assertThat(example.getValue()).as(example.getKey() + " as the README shows it")
                    .isEqualTo(read(ROOT.resolve(example.getKey())));
        }
    }

    private static Map<String, String> shownExamples() throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher block = SHOWN.matcher(read(ROOT.resolve("README.md")));
        while (block.find()) {
            shown.put(block.group(1), block.group(2));
        }
        return shown;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).replace("\r\n", "\n");
    }
}
