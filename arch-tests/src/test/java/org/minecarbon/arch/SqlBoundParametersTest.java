package org.minecarbon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SQL runs only through {@code PreparedStatement}s with bound parameters: production code never
 * hands an SQL string to {@code Statement.execute*}/{@code addBatch} (where a value concatenated
 * into the string would be an injection). Allowed: {@code org.minecarbon.store.backup..}, whose
 * restore resets identity columns with DDL ({@code ALTER TABLE … RESTART WITH n}): DDL takes no
 * bind parameters, and its table names and numbers come from the schema, never from user input.
 */
class SqlBoundParametersTest {
  static final Set<String> STRING_SQL =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

  /** Packages allowed to run SQL text (see the class comment for why each one is). */
  static final List<String> ALLOWED = List.of("org.minecarbon.store.backup..");

  static final DescribedPredicate<JavaCall<?>> SQL_TEXT_TO_STATEMENT =
      DescribedPredicate.describe(
          "Statement.execute*/addBatch with an SQL string",
          call -> {
            JavaClass owner = call.getTarget().getOwner();
            List<JavaClass> params = call.getTarget().getRawParameterTypes();
            return owner.isAssignableTo(Statement.class)
                && STRING_SQL.contains(call.getTarget().getName())
                && !params.isEmpty()
                && params.getFirst().isEquivalentTo(String.class);
          });

  static ArchRule rule() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(ALLOWED.toArray(String[]::new))
        .should()
        .callCodeUnitWhere(SQL_TEXT_TO_STATEMENT)
        .because("SQL goes through PreparedStatement with bound parameters (issue 4)")
        .allowEmptyShould(true);
  }

  @Test
  void production_sqlText_onlyThroughPreparedStatements() {
    rule().check(ProductionClasses.all());
  }

  @Test
  void rule_statementExecuteWithAString_isReported() {
    JavaClasses bad = new ClassFileImporter().importClasses(Concatenating.class);

    assertThat(rule().evaluate(bad).hasViolation()).isTrue();
  }

  /** What the rule forbids: a value concatenated into SQL text. */
  static final class Concatenating {
    void find(Connection c, String name) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.executeQuery("select * from site where name = '" + name + "'");
      }
    }
  }
}
