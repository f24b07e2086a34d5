package io.onboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A rule asked of a hexagon that lacks what it needs. It fails when it runs, with what to set, rather than
 * throwing while JUnit loads the test class: there, a thrown message shows only as "TestEngine with ID
 * 'archunit' failed to discover tests", and the reason hides in surefire's dump files.
 */
final class Misconfigured {
    private Misconfigured() {
    }

    static ArchRule rule(String whatToSet) {
        return classes().should(new ArchCondition<JavaClass>(whatToSet) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                // nothing to check class by class: the rule is wrong whatever the classes
            }

            @Override
            public void finish(ConditionEvents events) {
                events.add(SimpleConditionEvent.violated(whatToSet, whatToSet));
            }
        }).as(whatToSet);
    }
}
