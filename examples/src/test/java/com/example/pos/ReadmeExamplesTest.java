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

    @Test
    void every_version_the_readme_names_is_the_one_the_build_uses() throws IOException {
        String parent = read(ROOT.resolve("pom.xml"));
        Matcher named = Pattern.compile("<artifactId>([\\w.-]+)</artifactId>(?:\\s*<!--.*?-->)?\\s*<version>([^<]+)</version>")
                .matcher(read(ROOT.resolve("README.md")));
        int versions = 0;
        while (named.find()) {
            assertThat(named.group(2)).as("the version of " + named.group(1) + " in the README")
                    .isEqualTo(versionInBuild(named.group(1), parent));
            versions++;
        }
        assertThat(versions).as("versions the README names").isGreaterThanOrEqualTo(5);
    }

    /** What the parent pins: a property for the libraries, the plugin's own element for plugins. */
    private static String versionInBuild(String artifact, String parent) {
        String property = Map.of("onboard-bom", "project.version", "junit-jupiter", "junit.version",
                "assertj-core", "assertj.version", "archunit-junit5", "archunit.version").get(artifact);
        Matcher pinned = property == null
                ? Pattern.compile("<artifactId>" + Pattern.quote(artifact) + "</artifactId>\\s*<version>([^<]+)</version>")
                        .matcher(parent)
                : Pattern.compile(property.equals("project.version") ? "<version>([^<]+)</version>"
                        : "<" + Pattern.quote(property) + ">([^<]+)</").matcher(parent);
        assertThat(pinned.find()).as("the build's version of " + artifact).isTrue();
        return pinned.group(1);
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
