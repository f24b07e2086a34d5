package io.onboard.sender;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.onboard.architecture.ArchitectureRules;
import io.onboard.architecture.Hexagon;
import io.onboard.architecture.ProductionClassesOnly;

/** Holds the webhook sender adapter to its architecture rules: ports only, no other adapter outside Main, no package cycles. */
@AnalyzeClasses(packages = "io.onboard.sender", importOptions = ProductionClassesOnly.class)
class ArchitectureTest {

    private static final Hexagon ONBOARD = Hexagon.onboard("io.onboard");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            ArchitectureRules.adaptersDoNotDependOnEachOther(ONBOARD);

    @ArchTest
    static final ArchRule adapters_use_the_application_only_through_its_ports =
            ArchitectureRules.adaptersUseOnlyPorts(ONBOARD);

    @ArchTest
    static final ArchRule sender_packages_are_free_of_cycles = ArchitectureRules.noPackageCycles(ONBOARD);
}
