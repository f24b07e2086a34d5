package io.onboard.domain;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.onboard.architecture.ArchitectureRules;
import io.onboard.architecture.Hexagon;
import io.onboard.architecture.ProductionClassesOnly;

/** Holds the domain to its architecture rules: pure Java, and no cycles between its concept packages. */
@AnalyzeClasses(packages = "io.onboard.domain", importOptions = ProductionClassesOnly.class)
class ArchitectureTest {

    private static final Hexagon ONBOARD = Hexagon.onboard("io.onboard");

    @ArchTest
    static final ArchRule domain_depends_only_on_java = ArchitectureRules.domainDependsOnlyOnJava(ONBOARD);

    @ArchTest
    static final ArchRule domain_packages_are_free_of_cycles = ArchitectureRules.noPackageCycles(ONBOARD);
}
