package io.onboard.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongTo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Describes a {@link Hexagon} by ArchUnit package identifiers ({@code com.example.pos.core..} is {@code core} and
 * every package under it). Each call adds to what earlier calls gave; {@link #build()} needs domain and application.
 */
public final class HexagonBuilder {

    private final List<String> domain = new ArrayList<>();
    private final List<String> application = new ArrayList<>();
    private final Map<String, List<String>> adapters = new LinkedHashMap<>();
    private DescribedPredicate<JavaClass> compositionRoot;
    private final List<String> domainMayAlsoUse = new ArrayList<>();
    private final List<String> applicationMayAlsoUse = new ArrayList<>();
    private final List<String> applicationServices = new ArrayList<>();

    HexagonBuilder() {
    }

    public HexagonBuilder domain(String... packageIdentifiers) {
        domain.addAll(packages("domain", packageIdentifiers));
        return this;
    }

    public HexagonBuilder application(String... packageIdentifiers) {
        application.addAll(packages("application", packageIdentifiers));
        return this;
    }

    /** Adds an adapter; its packages must not overlap another adapter's. */
    public HexagonBuilder adapter(String name, String... packageIdentifiers) {
        if (name == null || name.isBlank() || adapters.containsKey(name)) {
            throw new IllegalArgumentException("each adapter needs a name of its own, got '" + name + "'");
        }
        adapters.put(name, packages("adapter " + name, packageIdentifiers));
        return this;
    }

    /** The classes, by fully qualified name, that wire adapters to the application; nested classes belong to them. */
    public HexagonBuilder compositionRoots(String... classNames) {
        if (classNames == null || classNames.length == 0
                || !Stream.of(classNames).allMatch(name -> name != null && SourceVersion.isName(name))) {
            throw new IllegalArgumentException("compositionRoots takes fully qualified class names such as "
                    + "com.example.pos.PosApplication, got " + Arrays.toString(classNames));
        }
        Set<String> names = Set.copyOf(Arrays.asList(classNames));
        return compositionRoots(belongTo(DescribedPredicate.<JavaClass>describe("", c -> names.contains(c.getName())))
                .as("a composition root (%s)", String.join(", ", classNames)));
    }

    /** The classes that wire adapters to the application, for layouts a list of names does not describe. */
    public HexagonBuilder compositionRoots(DescribedPredicate<? super JavaClass> predicate) {
        DescribedPredicate<JavaClass> root = predicate.forSubtype();
        compositionRoot = compositionRoot == null ? root : compositionRoot.or(root);
        return this;
    }

    /** Packages besides {@code java..} and its own that the domain may use, such as a shared kernel. */
    public HexagonBuilder domainMayAlsoUse(String... packageIdentifiers) {
        domainMayAlsoUse.addAll(packages("domainMayAlsoUse", packageIdentifiers));
        return this;
    }

    /** Packages besides {@code java..}, the domain and its own that the application may use. */
    public HexagonBuilder applicationMayAlsoUse(String... packageIdentifiers) {
        applicationMayAlsoUse.addAll(packages("applicationMayAlsoUse", packageIdentifiers));
        return this;
    }

    /** Where the application keeps its service implementations, which adapters must reach only through ports. */
    public HexagonBuilder applicationServices(String... packageIdentifiers) {
        applicationServices.addAll(packages("applicationServices", packageIdentifiers));
        return this;
    }

    /** Refuses a hexagon without domain or application, the two parts every hexagon has. */
    public Hexagon build() {
        if (domain.isEmpty() || application.isEmpty()) {
            throw new IllegalStateException("a hexagon needs both its domain and its application packages: call "
                    + "domain(\"com.example.pos.core..\") and application(\"com.example.pos.usecases..\"), "
                    + "got domain " + domain + " and application " + application);
        }
        DescribedPredicate<JavaClass> root = compositionRoot != null ? compositionRoot
                : DescribedPredicate.<JavaClass>alwaysFalse().as("no composition root");
        return new Hexagon(domain, application, adapters, root, domainMayAlsoUse, applicationMayAlsoUse,
                applicationServices);
    }

    // Checked here rather than by the rules, so a typo points at the builder call that made it.
    private static List<String> packages(String part, String... identifiers) {
        if (identifiers == null || identifiers.length == 0) {
            throw new IllegalArgumentException(part + " needs at least one package identifier");
        }
        for (String identifier : identifiers) {
            if (identifier == null || identifier.isBlank()) {
                throw new IllegalArgumentException(part + " got a blank package identifier");
            }
            PackageMatcher.of(identifier);
        }
        return List.of(identifiers);
    }
}
