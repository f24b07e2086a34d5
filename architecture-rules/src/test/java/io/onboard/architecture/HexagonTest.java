package io.onboard.architecture;

import static io.onboard.architecture.ArchitectureRulesTest.pos;
import static io.onboard.architecture.ArchitectureRulesTest.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proves a hexagon is refused until it can be checked, and that Onboard's own layout is described as it is. */
class HexagonTest {

    private static final String SHOP = "com.example.shop";

    @Test
    void a_hexagon_without_a_domain_or_an_application_is_refused_with_what_to_set() {
        assertThatThrownBy(() -> Hexagon.builder().application("com.example.pos.usecases..").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("domain(\"");
        assertThatThrownBy(() -> Hexagon.builder().domain("com.example.pos.core..").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("application(\"");
    }

    @Test
    void a_malformed_or_missing_package_identifier_is_refused_where_it_is_given() {
        assertThatThrownBy(() -> Hexagon.builder().domain("com.example...core"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than two '.'");
        assertThatThrownBy(() -> Hexagon.builder().domain())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain needs");
        assertThatThrownBy(() -> Hexagon.builder().adapter("web", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adapter web");
    }

    @Test
    void each_adapter_needs_a_name_of_its_own() {
        assertThatThrownBy(() -> Hexagon.builder().adapter("web", "a.web..").adapter("web", "a.api.."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name of its own");
    }

    @Test
    void composition_roots_are_class_names_not_package_identifiers() {
        assertThatThrownBy(() -> Hexagon.builder().compositionRoots("com.example.pos.."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fully qualified class names");
    }

    @Test
    void a_class_nested_in_a_composition_root_belongs_to_it() {
        JavaClasses classes = new ClassFileImporter().importPackages("com.example.pos.clean.cli");

        assertThat(pos("com.example.pos.clean").compositionRoot()
                .test(classes.get("com.example.pos.clean.cli.PosCli$Shutdown"))).isTrue();
        assertThat(pos("com.example.pos.clean").compositionRoot()
                .test(classes.get("com.example.pos.clean.cli.RegisterCommand"))).isFalse();
    }

    @Test
    void the_adapter_rules_fail_on_a_hexagon_that_lacks_what_they_need_saying_what_to_set() {
        Hexagon oneAdapter = Hexagon.builder().domain("com.example.pos.clean.core..")
                .application("com.example.pos.clean.usecases..").adapter("web", "com.example.pos.clean.web..").build();
        JavaClasses classes = new ClassFileImporter().importPackages("com.example.pos.clean");

        assertThatThrownBy(() -> ArchitectureRules.adaptersDoNotDependOnEachOther(oneAdapter).check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("at least two adapters");
        assertThatThrownBy(() -> ArchitectureRules.adaptersUseOnlyPorts(oneAdapter).check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("applicationServices(\"");
        assertThatThrownBy(() -> ArchitectureRules.all(oneAdapter).check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("at least two adapters");
    }

    @Test
    void a_built_hexagon_does_not_change_with_its_builder_and_cannot_be_changed() {
        HexagonBuilder builder = Hexagon.builder().domain("a.core..").application("a.usecases..");
        Hexagon hexagon = builder.build();
        builder.domain("a.more..").adapter("web", "a.web..");

        assertThat(hexagon.domain()).containsExactly("a.core..");
        assertThat(hexagon.adapters()).isEmpty();
        assertThatThrownBy(() -> hexagon.domain().add("a.more..")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onboard_s_layout_names_its_packages_adapters_and_what_the_application_may_also_use() {
        Hexagon onboard = Hexagon.onboard("io.onboard");

        assertThat(onboard.domain()).containsExactly("io.onboard.domain..");
        assertThat(onboard.application()).containsExactly("io.onboard.application..");
        assertThat(onboard.applicationMayAlsoUse()).containsExactly("jakarta.validation..");
        assertThat(onboard.applicationServices()).containsExactly("io.onboard.application.service..");
        assertThat(onboard.adapters()).isEqualTo(Map.of("jdbc", List.of("io.onboard.jdbc.."),
                "http", List.of("io.onboard.http.."), "cli", List.of("io.onboard.cli.."),
                "sender", List.of("io.onboard.sender..")));
    }

    @Test
    void in_onboard_s_layout_a_class_named_main_in_an_adapter_is_the_composition_root() {
        JavaClasses shop = new ClassFileImporter().importPackages(SHOP);
        Hexagon hexagon = Hexagon.onboard(SHOP);

        assertThat(violations(ArchitectureRules.adaptersUseOnlyPorts(hexagon), shop)).isNotEmpty()
                .allMatch(v -> v.contains(SHOP + ".http.CheckoutController"));
        assertThat(violations(ArchitectureRules.adaptersDoNotDependOnEachOther(hexagon), shop)).isNotEmpty()
                .allMatch(v -> v.contains(SHOP + ".http.CheckoutController") && v.contains(SHOP + ".jdbc.Orders"));
    }
}
