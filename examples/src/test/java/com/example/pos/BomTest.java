package com.example.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The BOM a user imports pins every published module, at the version the build makes. It cannot inherit the
 * parent (see bom/pom.xml), so nothing else keeps the two in step.
 */
class BomTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(onboard-[a-z-]+)</artifactId>");

    @Test
    void the_bom_pins_every_published_module_at_the_build_s_version() throws Exception {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String version = first(Pattern.compile("<version>([^<]+)</version>"), parent);

        List<String> published = new ArrayList<>();
        for (String module : modules(parent)) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            String artifact = first(ARTIFACT, pom.replaceFirst("(?s)<parent>.*?</parent>", ""));
            // the BOM itself, and the modules that say they are not published (examples, the generated client)
            if (!artifact.equals("onboard-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(artifact);
            }
        }

        assertThat(all(ARTIFACT, bom).stream().filter(a -> !a.equals("onboard-bom")).distinct())
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(all(Pattern.compile("<artifactId>onboard-[a-z-]+</artifactId>\\s*<version>([^<]+)</version>"), bom))
                .hasSizeGreaterThan(published.size()).containsOnly(version);
        assertThat(bom).contains("<type>test-jar</type>").doesNotContain("<parent>");
    }

    private static List<String> modules(String pom) {
        return all(Pattern.compile("<module>([^<]+)</module>"), pom);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return Stream.iterate(m.find(), found -> found, found -> m.find()).map(found -> m.group(1)).toList();
    }
}
