package io.onboard.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where one code base keeps its domain, application, adapters and composition roots, for {@link ArchitectureRules}. */
public final class Hexagon {

    private final List<String> domain;
    private final List<String> application;
    private final Map<String, List<String>> adapters;
    private final DescribedPredicate<JavaClass> compositionRoot;
    private final List<String> domainMayAlsoUse;
    private final List<String> applicationMayAlsoUse;
    private final List<String> applicationServices;

    // Only HexagonBuilder.build() calls this, after checking that the required parts are there.
    Hexagon(List<String> domain, List<String> application, Map<String, List<String>> adapters,
            DescribedPredicate<JavaClass> compositionRoot, List<String> domainMayAlsoUse,
            List<String> applicationMayAlsoUse, List<String> applicationServices) {
        this.domain = List.copyOf(domain);
        this.application = List.copyOf(application);
        this.adapters = Collections.unmodifiableMap(new LinkedHashMap<>(adapters));
        this.compositionRoot = compositionRoot;
        this.domainMayAlsoUse = List.copyOf(domainMayAlsoUse);
        this.applicationMayAlsoUse = List.copyOf(applicationMayAlsoUse);
        this.applicationServices = List.copyOf(applicationServices);
    }

    /** Starts describing a hexagon; {@code domain} and {@code application} are required, the rest optional. */
    public static HexagonBuilder builder() {
        return new HexagonBuilder();
    }

    /**
     * Onboard's own layout under {@code root} (e.g. {@code io.onboard}): {@code root.domain..},
     * {@code root.application..} (which may also use {@code jakarta.validation..}, services in
     * {@code root.application.service..}), adapters {@code jdbc}, {@code sender}, {@code http} and {@code cli}, and as composition
     * roots the classes named {@code Main} in an adapter.
     */
    public static Hexagon onboard(String root) {
        String[] adapters = {root + ".jdbc..", root + ".http..", root + ".cli..", root + ".sender.."};
        return builder()
                .domain(root + ".domain..")
                .application(root + ".application..")
                .applicationMayAlsoUse("jakarta.validation..")
                .applicationServices(root + ".application.service..")
                .adapter("jdbc", adapters[0])
                .adapter("http", adapters[1])
                .adapter("cli", adapters[2])
                .adapter("sender", adapters[3])
                .compositionRoots(belongTo(simpleName("Main").and(resideInAnyPackage(adapters)))
                        .as("a composition root (a class named Main in an adapter)"))
                .build();
    }

    public List<String> domain() {
        return domain;
    }

    public List<String> application() {
        return application;
    }

    /** Each adapter's name and its package identifiers, in the order they were added. */
    public Map<String, List<String>> adapters() {
        return adapters;
    }

    /** True for a composition root or a class nested in one; false for every class if none was named. */
    public DescribedPredicate<JavaClass> compositionRoot() {
        return compositionRoot;
    }

    public List<String> domainMayAlsoUse() {
        return domainMayAlsoUse;
    }

    public List<String> applicationMayAlsoUse() {
        return applicationMayAlsoUse;
    }

    /** The packages of the application's service implementations; empty if none were named. */
    public List<String> applicationServices() {
        return applicationServices;
    }

    @Override
    public String toString() {
        return "hexagon with domain " + domain + ", application " + application + ", adapters " + adapters
                + " and " + compositionRoot.getDescription();
    }
}
