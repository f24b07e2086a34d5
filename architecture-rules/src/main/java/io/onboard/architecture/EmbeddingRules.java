package io.onboard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rules for a system that embeds Onboard: its code uses Onboard only through the public API, and only its
 * composition roots wire Onboard up, handing the use-case ports to everything else. Onboard's classes are named
 * here by package, so the rules need no Onboard artifact beyond the ones the embedder already has.
 */
public final class EmbeddingRules {
    /**
     * What only Onboard's server needs: API clients, tokens, idempotency records, webhook subscriptions and their
     * deliveries, and their use cases.
     */
    private static final DescribedPredicate<JavaClass> SERVER_ONLY = resideInAnyPackage(
            "io.onboard.application.port.in.access..", "io.onboard.domain.access..",
            "io.onboard.application.port.in.webhook..", "io.onboard.domain.webhook..")
            .or(nameMatching("io\\.onboard\\.application\\.port\\.out\\."
                    + "(AccessStorage|ApiClients|AccessTokens|IdempotencyRecords?|WebhookStorage|Subscriptions"
                    + "|Deliveries|DeliveryQuery|SubscriptionProgress|WebhookSender|WebhookMessage|HostResolver)(\\$.*)?"));

    /** The domain's own helpers for checking text, which its value objects use and embedders need not. */
    private static final DescribedPredicate<HasName> DOMAIN_HELPERS =
            nameMatching("io\\.onboard\\.domain\\.common\\.(Shown|Text|TimeOrdered)");

    /** The classes that build Onboard: the facade and the storage entry point (nested classes included). */
    private static final DescribedPredicate<HasName> WIRING = nameMatching(
            "io\\.onboard\\.(application\\.service\\.Onboard|jdbc\\.SqliteStorage)(\\$.*)?")
            .as("are Onboard's facade or its storage entry point");

    /** Onboard's public API: what an embedder may use. Everything else in {@code io.onboard} may change at will. */
    public static final DescribedPredicate<JavaClass> PUBLIC_API = resideInAnyPackage(
            "io.onboard.domain..",
            "io.onboard.application.port..",
            "io.onboard.application.paging..",
            "io.onboard.application.contract..",
            "io.onboard.application.testdata..",
            "io.onboard.architecture..",
            "io.onboard.webhook..")
            .and(not(SERVER_ONLY)).and(not(DOMAIN_HELPERS))
            .or(WIRING)
            .as("Onboard's public API (domain values, use-case and storage ports, paging, the Onboard facade, "
                    + "SqliteStorage, the contract tests with their test data, the architecture rules, and the webhook "
                    + "signature verifier)");

    private EmbeddingRules() {
    }

    /**
     * Classes in {@code packageIdentifiers} (your code, such as {@code com.example.pos..}) use nothing of Onboard
     * but its {@link #PUBLIC_API}: no service implementation, no adapter internals, no wire format.
     */
    public static ArchRule usesOnlyOnboardsPublicApi(String... packageIdentifiers) {
        return noClasses().that().resideInAnyPackage(packageIdentifiers)
                .should().dependOnClassesThat(resideInAPackage("io.onboard..").and(not(PUBLIC_API))
                        .as("belong to Onboard but not to its public API"))
                .because("only the public API is kept stable for embedders; the rest of Onboard may change at will");
    }

    /**
     * Only the composition roots of your {@code hexagon} build Onboard (the {@code Onboard} facade and
     * {@code SqliteStorage}); your other classes receive the use-case ports they need.
     */
    public static ArchRule onlyCompositionRootsWireOnboard(Hexagon hexagon) {
        return noClasses().that().resideInAnyPackage(allPackages(hexagon)).and(are(not(hexagon.compositionRoot())))
                .should().dependOnClassesThat(WIRING)
                .because("code that takes the use-case ports it needs can be tested with fakes, and storage is "
                        + "chosen in one place");
    }

    private static String[] allPackages(Hexagon hexagon) {
        return Stream.of(hexagon.domain(), hexagon.application(),
                        hexagon.adapters().values().stream().flatMap(List::stream).toList())
                .flatMap(List::stream).toArray(String[]::new);
    }
}
