package io.onboard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/** Imports production classes only: neither test output directories nor Maven test-jars. */
public final class ProductionClassesOnly implements ImportOption {

    // ArchUnit's DoNotIncludeTests knows target/test-classes (and the Gradle and IntelliJ layouts) but not
    // test-jars: application's in-memory ports arrive in the adapters as <artifact>-<version>-tests.jar.
    private static final ImportOption NO_TEST_DIRECTORIES = new ImportOption.DoNotIncludeTests();
    private static final Pattern TEST_JAR = Pattern.compile(".*[/-]tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return NO_TEST_DIRECTORIES.includes(location) && !location.matches(TEST_JAR);
    }
}
