package com.example.pos;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.onboard.architecture.ArchitectureRules;
import io.onboard.architecture.EmbeddingRules;
import io.onboard.architecture.Hexagon;
import io.onboard.architecture.ProductionClassesOnly;

/** The point-of-sale system's architecture, and its use of Onboard, checked on every build. */
@AnalyzeClasses(packages = "com.example.pos", importOptions = ProductionClassesOnly.class)
class PosArchitectureTest {
    static final Hexagon POS = Hexagon.builder()
            .domain("com.example.pos.sale..")
            .application("com.example.pos.till..")
            .applicationMayAlsoUse("io.onboard.domain..", "io.onboard.application.port.in..", "io.onboard.application.paging..")
            .adapter("storage", "com.example.pos.storage..")
            .compositionRoots("com.example.pos.EmbeddingExample")
            .build();

    @ArchTest
    static final ArchRule the_domain_depends_only_on_java = ArchitectureRules.domainDependsOnlyOnJava(POS);

    @ArchTest
    static final ArchRule the_application_depends_only_on_the_domain_and_onboards_use_cases =
            ArchitectureRules.applicationDependsOnlyOnDomainAndJava(POS);

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = ArchitectureRules.noPackageCycles(POS);

    @ArchTest
    static final ArchRule onboard_is_used_only_through_its_public_api =
            EmbeddingRules.usesOnlyOnboardsPublicApi("com.example.pos..");

    @ArchTest
    static final ArchRule only_the_composition_root_wires_onboard = EmbeddingRules.onlyCompositionRootsWireOnboard(POS);
}
