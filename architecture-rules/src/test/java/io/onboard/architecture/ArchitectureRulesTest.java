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

/** Proves each rule fires on a deliberately broken fixture and passes, without checking nothing, on a clean one. */
class ArchitectureRulesTest {

    private static final String BROKEN = "io.onboard.architecture.fixture.broken";
    private static final String CLEAN = "io.onboard.architecture.fixture.clean";
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(BROKEN);
    private static final JavaClasses CLEAN_CLASSES = new ClassFileImporter().importPackages(CLEAN);

    private static final List<Function<String, ArchRule>> ALL_RULES = List.of(
            ArchitectureRules::domainDependsOnlyOnJava,
            ArchitectureRules::applicationDependsOnlyOnDomainJavaAndValidation,
            ArchitectureRules::adaptersDoNotDependOnEachOther,
            ArchitectureRules::adaptersUseOnlyPorts,
            ArchitectureRules::noPackageCycles);

    @Test
    void a_domain_class_depending_on_an_application_port_is_reported() {
        List<String> violations = violations(ArchitectureRules.domainDependsOnlyOnJava(BROKEN), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".domain.seller.Seller"))
                .anyMatch(v -> v.contains(BROKEN + ".application.port.out.Clock"));
    }

    @Test
    void primitives_and_primitive_arrays_count_as_java() {
        // the clean domain holds int[], byte[] and long[] components
        assertThat(violations(ArchitectureRules.domainDependsOnlyOnJava(CLEAN), CLEAN_CLASSES)).isEmpty();
    }

    @Test
    void an_application_service_depending_on_an_adapter_is_reported() {
        List<String> violations = violations(
                ArchitectureRules.applicationDependsOnlyOnDomainJavaAndValidation(BROKEN), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".application.service.RegisterTerminalService"))
                .anyMatch(v -> v.contains(BROKEN + ".jdbc.JdbcTerminals"));
    }

    @Test
    void an_http_controller_using_adapter_jdbc_is_reported() {
        List<String> violations = violations(ArchitectureRules.adaptersDoNotDependOnEachOther(BROKEN), BROKEN_CLASSES);

        assertThat(violations).anyMatch(v -> v.contains(BROKEN + ".http.TerminalController.post(")
                && v.contains(BROKEN + ".jdbc.JdbcTerminals"));
    }

    @Test
    void a_composition_root_may_wire_adapter_jdbc_but_not_another_driving_adapter() {
        List<String> violations = violations(ArchitectureRules.adaptersDoNotDependOnEachOther(BROKEN), BROKEN_CLASSES);

        assertThat(violations).noneMatch(v -> v.contains(BROKEN + ".http.Main"))
                .anyMatch(v -> v.contains(BROKEN + ".cli.Main.main(")
                        && v.contains(BROKEN + ".http.TerminalController"));
    }

    @Test
    void an_adapter_imported_on_its_own_still_shows_its_dependencies_on_another_adapter() {
        // as in adapter-http's own ArchitectureTest, which imports only io.onboard.http
        JavaClasses httpOnly = new ClassFileImporter().importPackages(BROKEN + ".http");

        assertThat(violations(ArchitectureRules.adaptersDoNotDependOnEachOther(BROKEN), httpOnly)).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".http.TerminalController")
                        && v.contains(BROKEN + ".jdbc.JdbcTerminals"));
    }

    @Test
    void a_cli_command_using_a_service_instead_of_a_port_is_reported() {
        List<String> violations = violations(ArchitectureRules.adaptersUseOnlyPorts(BROKEN), BROKEN_CLASSES);

        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(BROKEN + ".cli.RegisterCommand"))
                .anyMatch(v -> v.contains(BROKEN + ".application.service.RegisterTerminalService"));
    }

    @Test
    void a_composition_root_may_construct_services() {
        List<String> violations = violations(ArchitectureRules.adaptersUseOnlyPorts(BROKEN), BROKEN_CLASSES);

        assertThat(violations).noneMatch(v -> v.contains(BROKEN + ".http.Main"));
    }

    @Test
    void a_cycle_between_two_domain_concepts_is_reported() {
        List<String> violations = violations(ArchitectureRules.noPackageCycles(BROKEN), BROKEN_CLASSES);

        assertThat(violations).hasSize(1).first().asString()
                .contains("domain.store", "domain.terminal")
                .contains(BROKEN + ".domain.store.Store", BROKEN + ".domain.terminal.Terminal");
    }

    @Test
    void every_rule_passes_on_the_clean_fixture() {
        for (Function<String, ArchRule> rule : ALL_RULES) {
            assertThat(violations(rule.apply(CLEAN), CLEAN_CLASSES)).as(rule.apply(CLEAN).getDescription()).isEmpty();
        }
    }

    @Test
    void every_rule_fails_when_there_is_nothing_to_check_so_the_clean_pass_is_not_vacuous() {
        JavaClasses nothing = new ClassFileImporter().importPackages(CLEAN + ".nothing");

        for (Function<String, ArchRule> rule : ALL_RULES) {
            assertThatThrownBy(() -> rule.apply(CLEAN).evaluate(nothing))
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
        JavaClasses classes = ArchitectureRules.productionClasses("io.onboard.architecture");

        assertThat(classes.contain(ArchitectureRules.class)).isTrue();
        assertThat(classes.contain(ArchitectureRulesTest.class)).isFalse();
        assertThat(classes.containPackage(CLEAN)).isFalse();
    }

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    private static Location location(String uri) {
        return Location.of(URI.create(uri));
    }
}
