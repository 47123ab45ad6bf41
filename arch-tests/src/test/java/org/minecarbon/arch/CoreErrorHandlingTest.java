package org.minecarbon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Core never catches {@code Exception} or {@code RuntimeException}: expected outcomes are {@code
 * Result} values, programming errors propagate. {@code catch (Throwable …)} cannot be checked on
 * byte code because javac generates it for every try-with-resources.
 */
class CoreErrorHandlingTest {

  static final Set<String> BROAD =
      Set.of(Exception.class.getName(), RuntimeException.class.getName());

  @Test
  void core_catchingBroadExceptions_isForbidden() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.minecarbon.core..")
        .should(notCatchBroadExceptions())
        .because("house style: no catch (Exception e) in core; report issues as Result values")
        .check(ProductionClasses.all());
  }

  static ArchCondition<JavaCodeUnit> notCatchBroadExceptions() {
    return new ArchCondition<>("not catch Exception or RuntimeException") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (TryCatchBlock block : unit.getTryCatchBlocks()) {
          for (JavaClass caught : block.getCaughtThrowables()) {
            if (BROAD.contains(caught.getName())) {
              events.add(
                  SimpleConditionEvent.violated(
                      block,
                      unit.getFullName()
                          + " catches "
                          + caught.getSimpleName()
                          + " in "
                          + block.getSourceCodeLocation()));
            }
          }
        }
      }
    };
  }
}
