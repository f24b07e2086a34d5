package com.example.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.onboard.architecture.EmbeddingRules;
import io.onboard.architecture.Hexagon;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Onboard's rules for embedders, proven on a foreign code base (a kiosk): each fires on the broken fixture and
 * passes, having checked something, on the clean one.
 */
class EmbeddingRulesTest {
    private static final String BROKEN = "com.example.kiosk.broken";
    private static final String CLEAN = "com.example.kiosk.clean";
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(BROKEN);
    private static final JavaClasses CLEAN_CLASSES = new ClassFileImporter().importPackages(CLEAN);

    @Test
    void a_kiosk_class_using_a_service_implementation_a_built_in_or_a_server_port_is_reported() {
        List<String> violations = violations(EmbeddingRules.usesOnlyOnboardsPublicApi(BROKEN + ".."), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".checkout.Checkout"))
                .anyMatch(v -> v.contains("io.onboard.application.service.RegisterTerminalService"))
                .anyMatch(v -> v.contains("io.onboard.application.builtin.SimulatedProvisioning"))
                .anyMatch(v -> v.contains("io.onboard.application.port.out.IdempotencyRecords"))
                .as("the facade and domain values are public API")
                .noneMatch(v -> v.contains("type <io.onboard.domain.terminal.TerminalId>"))
                .noneMatch(v -> v.contains("type <io.onboard.application.service.Onboard>"));
    }

    @Test
    void the_facade_ports_domain_values_paging_and_sqlite_storage_are_public_api() {
        assertThat(violations(EmbeddingRules.usesOnlyOnboardsPublicApi(CLEAN + ".."), CLEAN_CLASSES)).isEmpty();
    }

    @Test
    void building_onboard_outside_a_composition_root_is_reported() {
        List<String> violations = violations(EmbeddingRules.onlyCompositionRootsWireOnboard(kiosk(BROKEN)), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .anyMatch(v -> v.contains(BROKEN + ".checkout.Checkout") && v.contains("io.onboard.application.service.Onboard"))
                .anyMatch(v -> v.contains(BROKEN + ".persistence.KioskStorage") && v.contains("io.onboard.jdbc.SqliteStorage"))
                .noneMatch(v -> v.contains(BROKEN + ".KioskApplication"));
    }

    @Test
    void a_kiosk_whose_only_composition_root_builds_onboard_passes() {
        assertThat(violations(EmbeddingRules.onlyCompositionRootsWireOnboard(kiosk(CLEAN)), CLEAN_CLASSES)).isEmpty();
    }

    @Test
    void both_rules_fail_when_pointed_at_packages_with_no_classes() {
        JavaClasses nothing = new ClassFileImporter().importPackages(CLEAN + ".nothing");

        for (ArchRule rule : List.of(EmbeddingRules.usesOnlyOnboardsPublicApi(CLEAN + ".nothing.."),
                EmbeddingRules.onlyCompositionRootsWireOnboard(kiosk(CLEAN + ".nothing")))) {
            assertThatThrownBy(() -> rule.check(nothing)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    private static Hexagon kiosk(String root) {
        return Hexagon.builder()
                .domain(root + ".domain..")
                .application(root + ".checkout..")
                .adapter("persistence", root + ".persistence..")
                .compositionRoots(root + ".KioskApplication")
                .build();
    }

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }
}
