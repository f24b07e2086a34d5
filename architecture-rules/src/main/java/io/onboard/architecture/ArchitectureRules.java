package io.onboard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependency;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveAnyDependenciesThat;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * A hexagonal architecture as ArchUnit rules over a {@link Hexagon}: Onboard's ({@code Hexagon.onboard("io.onboard")})
 * or one describing your own packages. Each rule fails with "failed to check any classes" when nothing it checks
 * was imported, so a misspelt package cannot pass in silence.
 */
public final class ArchitectureRules {

    // ArchUnit 1.x counts primitives and their arrays as java.lang, so java.. covers them too.
    private static final List<String> JAVA = List.of("java..");

    private ArchitectureRules() {
    }

    // For plain tests without archunit-junit5's @AnalyzeClasses.
    public static JavaClasses productionClasses(String root) {
        return new ClassFileImporter().withImportOption(new ProductionClassesOnly()).importPackages(root);
    }

    /** Every rule below, for a one-line test; the hexagon needs two adapters and its application services. */
    public static CompositeArchRule all(Hexagon hexagon) {
        return CompositeArchRule.of(domainDependsOnlyOnJava(hexagon))
                .and(applicationDependsOnlyOnDomainAndJava(hexagon))
                .and(adaptersDoNotDependOnEachOther(hexagon))
                .and(adaptersUseOnlyPorts(hexagon))
                .and(noPackageCycles(hexagon));
    }

    /** The domain uses only {@code java..}, itself and what it may also use. */
    public static ArchRule domainDependsOnlyOnJava(Hexagon hexagon) {
        return classes().that().resideInAnyPackage(hexagon.domain().toArray(String[]::new))
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        anyOf(List.of(JAVA, hexagon.domain(), hexagon.domainMayAlsoUse())))
                .because("the domain must outlive every framework and adapter");
    }

    /** The application uses only {@code java..}, the domain, itself and what it may also use. */
    public static ArchRule applicationDependsOnlyOnDomainAndJava(Hexagon hexagon) {
        return classes().that().resideInAnyPackage(hexagon.application().toArray(String[]::new))
                .should().onlyDependOnClassesThat().resideInAnyPackage(anyOf(List.of(JAVA, hexagon.domain(),
                        hexagon.application(), hexagon.applicationMayAlsoUse())))
                .because("use cases are what every adapter shares, so they speak domain types and know no adapter");
    }

    /**
     * No adapter class depends on another adapter, composition roots aside, which wire adapters together. Needs at
     * least two adapters: with one there is nothing to depend on, so the rule would always pass; given fewer, the
     * rule fails when it runs, saying so.
     */
    public static ArchRule adaptersDoNotDependOnEachOther(Hexagon hexagon) {
        if (hexagon.adapters().size() < 2) {
            return Misconfigured.rule("adaptersDoNotDependOnEachOther needs at least two adapters, "
                    + "say adapter(\"persistence\", ...) and adapter(\"web\", ...); got " + hexagon.adapters());
        }
        // Into each adapter from outside it, so a class's own adapter never counts as another.
        DescribedPredicate<Dependency> intoAnotherAdapter = DescribedPredicate.or(hexagon.adapters().values().stream()
                .map(packages -> resideInAnyPackage(packages.toArray(String[]::new)))
                .map(adapter -> dependency(not(adapter), adapter))
                .toList());
        return noClasses().that().resideInAnyPackage(adapterPackages(hexagon)).and(are(not(hexagon.compositionRoot())))
                .should(haveAnyDependenciesThat(intoAnotherAdapter.as("lead into another adapter")))
                .because("adapters meet only through the application's ports, and only a composition root wires them");
    }

    /**
     * No adapter class, composition roots aside, depends on the application's services. Needs those named; without
     * them the rule fails when it runs, saying so.
     */
    public static ArchRule adaptersUseOnlyPorts(Hexagon hexagon) {
        if (hexagon.applicationServices().isEmpty() || hexagon.adapters().isEmpty()) {
            return Misconfigured.rule("adaptersUseOnlyPorts needs adapters and the application's services, "
                    + "say adapter(\"web\", ...) and applicationServices(\"com.example.pos.usecases.service..\"); got "
                    + hexagon);
        }
        return noClasses().that().resideInAnyPackage(adapterPackages(hexagon)).and(are(not(hexagon.compositionRoot())))
                .should().dependOnClassesThat().resideInAnyPackage(hexagon.applicationServices().toArray(String[]::new))
                .because("an adapter that reaches past the ports into a service couples itself to one "
                        + "implementation; only a composition root constructs the services");
    }

    /**
     * No cycle between packages of the hexagon: each package is its own slice, so a cycle between two concepts of
     * the domain shows as well as one between domain and application.
     */
    public static ArchRule noPackageCycles(Hexagon hexagon) {
        return slices().assignedFrom(new HexagonPackages(hexagon))
                .should().beFreeOfCycles()
                .because("packages that need each other are one concept and should be one package");
    }

    private static String[] adapterPackages(Hexagon hexagon) {
        return hexagon.adapters().values().stream().flatMap(List::stream).toArray(String[]::new);
    }

    private static String[] anyOf(List<List<String>> packageLists) {
        return packageLists.stream().flatMap(List::stream).toArray(String[]::new);
    }
}
