package io.onboard.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;

/** Slices a hexagon package by package, leaving out every class outside it, for the cycle rule. */
final class HexagonPackages implements SliceAssignment {

    private final Hexagon hexagon;
    private final DescribedPredicate<JavaClass> inHexagon;

    HexagonPackages(Hexagon hexagon) {
        this.hexagon = hexagon;
        // A composition root may sit outside every part (com.example.pos.PosApplication), yet it belongs to the hexagon.
        List<String> parts = new ArrayList<>(hexagon.domain());
        parts.addAll(hexagon.application());
        hexagon.adapters().values().forEach(parts::addAll);
        this.inHexagon = resideInAnyPackage(parts.toArray(String[]::new)).or(hexagon.compositionRoot());
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return inHexagon.test(javaClass) ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
        return "the packages of the " + hexagon;
    }
}
