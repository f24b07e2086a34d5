package io.onboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Proves each rule fires on a broken point-of-sale layout, passes on a clean one, and refuses to check nothing. */
class ArchitectureRulesTest {

    private static final String BROKEN = "com.example.pos.broken";
    private static final String CLEAN = "com.example.pos.clean";
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(BROKEN);
    private static final JavaClasses CLEAN_CLASSES = new ClassFileImporter().importPackages(CLEAN);

    private static final List<Function<Hexagon, ArchRule>> ALL_RULES = List.of(
            ArchitectureRules::domainDependsOnlyOnJava,
            ArchitectureRules::applicationDependsOnlyOnDomainAndJava,
            ArchitectureRules::adaptersDoNotDependOnEachOther,
            ArchitectureRules::adaptersUseOnlyPorts,
            ArchitectureRules::noPackageCycles,
            ArchitectureRules::all);

    @Test
    void a_domain_class_depending_on_a_use_case_port_is_reported() {
        List<String> violations = violations(ArchitectureRules.domainDependsOnlyOnJava(pos(BROKEN)), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".core.seller.Seller"))
                .anyMatch(v -> v.contains(BROKEN + ".usecases.Clock"));
    }

    @Test
    void primitives_and_primitive_arrays_count_as_java() {
        // the clean core holds int[], byte[] and long[] components
        assertThat(violations(ArchitectureRules.domainDependsOnlyOnJava(pos(CLEAN)), CLEAN_CLASSES)).isEmpty();
    }

    @Test
    void a_use_case_service_depending_on_an_adapter_is_reported() {
        List<String> violations = violations(
                ArchitectureRules.applicationDependsOnlyOnDomainAndJava(pos(BROKEN)), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".usecases.service.RegisterTerminalService"))
                .anyMatch(v -> v.contains(BROKEN + ".persistence.TerminalTable"));
    }

    @Test
    void packages_the_domain_and_application_may_also_use_are_not_reported() {
        Hexagon lenient = posBuilder(BROKEN)
                .domainMayAlsoUse(BROKEN + ".usecases..")
                .applicationMayAlsoUse(BROKEN + ".persistence..")
                .build();

        assertThat(violations(ArchitectureRules.domainDependsOnlyOnJava(lenient), BROKEN_CLASSES)).isEmpty();
        assertThat(violations(ArchitectureRules.applicationDependsOnlyOnDomainAndJava(lenient), BROKEN_CLASSES))
                .isEmpty();
    }

    @Test
    void a_web_resource_using_the_persistence_adapter_is_reported() {
        List<String> violations = violations(
                ArchitectureRules.adaptersDoNotDependOnEachOther(pos(BROKEN)), BROKEN_CLASSES);

        assertThat(violations).anyMatch(v -> v.contains(BROKEN + ".web.TerminalResource.post(")
                && v.contains(BROKEN + ".persistence.TerminalTable"));
    }

    @Test
    void only_the_named_composition_roots_may_wire_adapters_and_a_class_named_main_is_not_one_of_them() {
        List<String> violations = violations(
                ArchitectureRules.adaptersDoNotDependOnEachOther(pos(BROKEN)), BROKEN_CLASSES);

        assertThat(violations).noneMatch(v -> v.contains(BROKEN + ".cli.PosCli"))
                .anyMatch(v -> v.contains(BROKEN + ".cli.Main.main(") && v.contains(BROKEN + ".web.TerminalResource"));
    }

    @Test
    void an_adapter_imported_on_its_own_still_shows_its_dependencies_on_another_adapter() {
        // as in a per-module test that imports only its own adapter's package
        JavaClasses webOnly = new ClassFileImporter().importPackages(BROKEN + ".web");

        assertThat(violations(ArchitectureRules.adaptersDoNotDependOnEachOther(pos(BROKEN)), webOnly)).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".web.TerminalResource")
                        && v.contains(BROKEN + ".persistence.TerminalTable"));
    }

    @Test
    void a_cli_command_using_a_service_instead_of_a_port_is_reported_but_the_composition_root_is_not() {
        List<String> violations = violations(ArchitectureRules.adaptersUseOnlyPorts(pos(BROKEN)), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".cli.RegisterCommand"))
                .anyMatch(v -> v.contains(BROKEN + ".usecases.service.RegisterTerminalService"));
    }

    @Test
    void a_cycle_between_two_domain_concepts_is_reported() {
        List<String> violations = violations(ArchitectureRules.noPackageCycles(pos(BROKEN)), BROKEN_CLASSES);

        assertThat(violations).hasSize(1).first().asString()
                .contains(BROKEN + ".core.store", BROKEN + ".core.terminal")
                .contains(BROKEN + ".core.store.Store", BROKEN + ".core.terminal.Terminal");
    }

    @Test
    void all_reports_the_violations_of_every_rule_at_once() {
        String report = ArchitectureRules.all(pos(BROKEN)).evaluate(BROKEN_CLASSES).getFailureReport().toString();

        assertThat(report).contains("core.seller.Seller", "usecases.service.RegisterTerminalService",
                "web.TerminalResource", "cli.RegisterCommand", "Cycle detected");
    }

    @Test
    void every_rule_passes_on_the_clean_fixture() {
        for (Function<Hexagon, ArchRule> rule : ALL_RULES) {
            ArchRule checked = rule.apply(pos(CLEAN));
            assertThat(violations(checked, CLEAN_CLASSES)).as(checked.getDescription()).isEmpty();
        }
    }

    @Test
    void every_rule_fails_when_the_hexagon_names_packages_that_hold_no_class() {
        Hexagon misspelt = pos("com.example.pso.clean");

        for (Function<Hexagon, ArchRule> rule : ALL_RULES) {
            assertThatThrownBy(() -> rule.apply(misspelt).evaluate(CLEAN_CLASSES))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any");
        }
    }

    @Test
    void test_directories_and_test_jars_are_not_production_classes() {
        ProductionClassesOnly option = new ProductionClassesOnly();

        assertThat(option.includes(location("file:/work/domain/target/classes/io/onboard/domain/store/Store.class")))
                .isTrue();
        assertThat(option.includes(location(
                "jar:file:/m2/io/onboard/onboard-domain-0.1.0-SNAPSHOT.jar!/io/onboard/domain/store/Store.class")))
                .isTrue();
        assertThat(option.includes(location("file:/work/domain/target/test-classes/io/onboard/domain/AStore.class")))
                .isFalse();
        assertThat(option.includes(location("jar:file:/m2/io/onboard/onboard-application-0.1.0-SNAPSHOT-tests.jar"
                + "!/io/onboard/application/InMemoryTerminals.class")))
                .isFalse();
    }

    @Test
    void production_classes_leave_out_this_module_s_tests_and_fixtures() {
        assertThat(ArchitectureRules.productionClasses("io.onboard.architecture").contain(ArchitectureRules.class))
                .isTrue();
        assertThat(ArchitectureRules.productionClasses("io.onboard.architecture").contain(ArchitectureRulesTest.class))
                .isFalse();
        assertThat(ArchitectureRules.productionClasses(CLEAN)).isEmpty();
    }

    // The point-of-sale layout of the fixtures: nothing in it is named as Onboard names its packages.
    static HexagonBuilder posBuilder(String root) {
        return Hexagon.builder()
                .domain(root + ".core..")
                .application(root + ".usecases..")
                .applicationServices(root + ".usecases.service..")
                .adapter("persistence", root + ".persistence..")
                .adapter("web", root + ".web..")
                .adapter("cli", root + ".cli..")
                .compositionRoots(root + ".PosApplication", root + ".cli.PosCli");
    }

    static Hexagon pos(String root) {
        return posBuilder(root).build();
    }

    static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    private static Location location(String uri) {
        return Location.of(URI.create(uri));
    }
}
