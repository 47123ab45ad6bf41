package org.minecarbon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Code in {@code org.minecarbon.<module>.<feature>.internal..} is private to its feature: only
 * classes in {@code org.minecarbon.<module>.<feature>..} may use it.
 */
class InternalPackageTest {

  @Test
  void internalPackages_usedFromOtherFeature_isForbidden() {
    classes()
        .should(useInternalPackagesOnlyOfTheirOwnFeature())
        .because("internal packages are a feature's private implementation")
        .check(ProductionClasses.all());
  }

  @Test
  void featureOwning_internalPackage_isPackageAboveInternal() {
    assertThat(featureOwning("org.minecarbon.core.factor.internal"))
        .contains("org.minecarbon.core.factor");
    assertThat(featureOwning("org.minecarbon.io.json.internal.schema"))
        .contains("org.minecarbon.io.json");
    assertThat(featureOwning("org.minecarbon.core.factor")).isEmpty();
    assertThat(featureOwning("com.example.internal")).isEmpty();
  }

  @Test
  void isInside_siblingWithCommonPrefix_isOutside() {
    assertThat(isInside("org.minecarbon.core.factor.internal", "org.minecarbon.core.factor"))
        .isTrue();
    assertThat(isInside("org.minecarbon.core.factorx", "org.minecarbon.core.factor")).isFalse();
    assertThat(isInside("org.minecarbon.core.unit", "org.minecarbon.core.factor")).isFalse();
  }

  /** The one class that builds every feature's internals: {@code app}'s composition root. */
  static final Set<String> COMPOSITION_ROOTS = Set.of("org.minecarbon.app.App");

  static ArchCondition<JavaClass> useInternalPackagesOnlyOfTheirOwnFeature() {
    return new ArchCondition<>("use .internal packages only of their own feature") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        if (COMPOSITION_ROOTS.contains(origin.getName())) {
          return;
        }
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getBaseComponentType().getPackageName();
          Optional<String> owner = featureOwning(target);
          if (owner.isPresent() && !isInside(origin.getPackageName(), owner.get())) {
            events.add(
                SimpleConditionEvent.violated(
                    d,
                    d.getDescription() + " reaches into " + target + " owned by " + owner.get()));
          }
        }
      }
    };
  }

  /** {@code org.minecarbon.core.factor} for {@code org.minecarbon.core.factor.internal.x}. */
  static Optional<String> featureOwning(String packageName) {
    if (!packageName.startsWith("org.minecarbon.")) {
      return Optional.empty();
    }
    List<String> parts = Arrays.asList(packageName.split("\\."));
    int internal = parts.indexOf("internal");
    return internal < 0
        ? Optional.empty()
        : Optional.of(String.join(".", parts.subList(0, internal)));
  }

  static boolean isInside(String packageName, String feature) {
    return packageName.equals(feature) || packageName.startsWith(feature + ".");
  }
}
