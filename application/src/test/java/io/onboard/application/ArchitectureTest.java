package io.onboard.application;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.onboard.architecture.ArchitectureRules;
import io.onboard.architecture.Hexagon;
import io.onboard.architecture.ProductionClassesOnly;

/** Holds the application to its architecture rules: only domain, java.. and Bean Validation, and no package cycles. */
@AnalyzeClasses(packages = "io.onboard.application", importOptions = ProductionClassesOnly.class)
class ArchitectureTest {

    private static final Hexagon ONBOARD = Hexagon.onboard("io.onboard");

    @ArchTest
    static final ArchRule application_depends_only_on_domain_java_and_validation =
            ArchitectureRules.applicationDependsOnlyOnDomainAndJava(ONBOARD);

    @ArchTest
    static final ArchRule application_packages_are_free_of_cycles = ArchitectureRules.noPackageCycles(ONBOARD);
}
