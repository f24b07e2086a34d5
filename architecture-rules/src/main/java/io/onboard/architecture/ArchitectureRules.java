package io.onboard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependency;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveAnyDependenciesThat;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/** Onboard's architecture as ArchUnit rules, each pointed at a root package such as {@code io.onboard}. */
public final class ArchitectureRules {

    // A driving adapter's Main wires everything by constructors, so it alone may know adapter-jdbc and the services.
    private static final DescribedPredicate<JavaClass> COMPOSITION_ROOT =
            simpleName("Main").as("a composition root (a class named Main)");

    private ArchitectureRules() {
    }

    // For plain tests without archunit-junit5's @AnalyzeClasses.
    public static JavaClasses productionClasses(String root) {
        return new ClassFileImporter().withImportOption(new ProductionClassesOnly()).importPackages(root);
    }

    // Why: the domain must outlive every framework. Primitives and their arrays count as java.lang in ArchUnit 1.x.
    public static ArchRule domainDependsOnlyOnJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is pure Java, free of every framework and adapter");
    }

    // Why: use cases are what every adapter shares, so they may know only the domain and Bean Validation.
    public static ArchRule applicationDependsOnlyOnDomainJavaAndValidation(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "jakarta.validation..", root + ".domain..", root + ".application..")
                .because("use cases speak domain types and validate commands, and know no adapter");
    }

    // Why: adapters are interchangeable plugs; only a driving adapter's Main may wire adapter-jdbc in.
    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        DescribedPredicate<JavaClass> jdbc = resideInAPackage(root + ".jdbc..");
        DescribedPredicate<JavaClass> http = resideInAPackage(root + ".http..");
        DescribedPredicate<JavaClass> cli = resideInAPackage(root + ".cli..");
        DescribedPredicate<Dependency> intoAnotherAdapter = dependency(jdbc, http.or(cli))
                .or(dependency(http, jdbc.or(cli)))
                .or(dependency(cli, jdbc.or(http)));
        DescribedPredicate<Dependency> wiringJdbc = dependency(COMPOSITION_ROOT, jdbc);
        return noClasses().that().resideInAnyPackage(root + ".jdbc..", root + ".http..", root + ".cli..")
                .should(haveAnyDependenciesThat(intoAnotherAdapter.and(not(wiringJdbc))
                        .as("lead into another adapter, other than a composition root wiring adapter-jdbc")))
                .because("adapters meet only through the application's ports");
    }

    // Why: an adapter that reaches past the ports into a service couples itself to one implementation.
    public static ArchRule adaptersUseOnlyPorts(String root) {
        return noClasses().that().resideInAnyPackage(root + ".jdbc..", root + ".http..", root + ".cli..")
                .and(are(not(COMPOSITION_ROOT)))
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .because("adapters use the application through its ports; only the composition root "
                        + "constructs the services");
    }

    // Why: a cycle makes two packages one concept in disguise. Every package is its own slice, so a cycle
    // between concepts (domain.store <-> domain.terminal) shows; one between modules cannot even compile.
    public static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("packages that need each other are one concept and should be one package");
    }
}
