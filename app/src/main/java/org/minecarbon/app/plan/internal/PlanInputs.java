package org.minecarbon.app.plan.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.plan.PlanReader;
import org.minecarbon.planning.plan.PlanChecks;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored plan document joined with the enterprise's inventory: the document keeps no inventory of
 * its own; the enterprise's (as the user sees it) is embedded, then io's plan reader and the
 * planner's semantic checks run exactly as for {@code minecarbon plan}.
 */
final class PlanInputs {
  static final String NAME = "name";
  static final int MAX_NAME = 200;
  static final String DEFAULT_NAME = "规划";

  private PlanInputs() {}

  /** The document as stored: an object without {@code inventory}. */
  static ObjectNode stored(JsonNode document) {
    if (!document.isObject()) {
      throw new InvalidInputException(
          Issue.error(Codes.WRONG_TYPE, "", "a plan must be a JSON object"));
    }
    ObjectNode copy = ((ObjectNode) document).deepCopy();
    copy.remove("inventory");
    return copy;
  }

  /** The plan's name: its {@code name} field, or {@value #DEFAULT_NAME}. */
  static String name(ObjectNode document, List<Issue> issues) {
    JsonNode n = document.get(NAME);
    if (n == null || n.isNull()) {
      return DEFAULT_NAME;
    }
    if (!n.isString() || n.asString().isBlank() || n.asString().length() > MAX_NAME) {
      issues.add(
          Issue.error(Codes.WRONG_TYPE, "/name", "the plan name is a text of 1 to 200 characters"));
      return DEFAULT_NAME;
    }
    return n.asString().strip();
  }

  /**
   * The plan document with the enterprise's inventory, checked as the planner checks it.
   *
   * @throws InvalidInputException with every problem (JSON Pointers into the document; the
   *     inventory's under {@code /inventory})
   */
  static PlanDocument prepared(
      ObjectNode stored, DocumentChecks.Checked inventory, FactorLibrary library) {
    List<Issue> issues = new ArrayList<>();
    name(stored, issues);
    ObjectNode full = stored.deepCopy();
    full.set("inventory", InventoryWriter.write(inventory.inventory()));
    Result<PlanDocument> read = PlanReader.read(full, library);
    issues.addAll(read.errors());
    if (read instanceof Result.Ok<PlanDocument> ok) {
      Result<Balance> balance = new BalanceCalculator(library).calculate(ok.value().inventory());
      issues.addAll(balance.errors());
      if (balance instanceof Result.Ok<Balance> b) {
        issues.addAll(
            PlanChecks.check(ok.value(), b.value()).stream().filter(Issue::isError).toList());
      }
    }
    InvalidInputException.throwOnErrors("the plan has errors", issues);
    return read.orElseThrow();
  }

  /**
   * The document's scenarios (an extra field of the stored document, {@code "scenarios": [{"name",
   * "prices", "projection"}]}): each scenario's {@code prices} is a contract {@code prices} object
   * as {@code --scenario} takes, and its {@code projection} a contract {@code projection} object
   * ({@code production}, {@code gridFactor} paths); what a scenario leaves out keeps the document's
   * (merged key by key). Returns, in order, each scenario as a whole stored document.
   *
   * @throws InvalidInputException with every problem, pointers under {@code /scenarios/i}
   */
  static Map<String, ObjectNode> scenarios(ObjectNode stored) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    List<Issue> issues = new ArrayList<>();
    JsonNode list = stored.path("scenarios");
    for (int i = 0; i < list.size(); i++) {
      String at = "/scenarios/" + i;
      JsonNode s = list.get(i);
      String name = s.path("name").asString("").strip();
      if (name.isEmpty() || name.length() > 50 || out.containsKey(name)) {
        issues.add(
            Issue.error(Codes.WRONG_TYPE, at + "/name", "a scenario needs a unique name (1–50)"));
        continue;
      }
      ObjectNode merged = stored.deepCopy();
      merged.remove("scenarios");
      merge(merged, "prices", s.path("prices"));
      merge(merged, "projection", s.path("projection"));
      byte[] bytes = merged.get("prices").toString().getBytes(StandardCharsets.UTF_8);
      Result<Prices> prices = PlanReader.readPrices(new ByteArrayInputStream(bytes), at);
      prices.errors().forEach(e -> issues.add(under(e, at + "/prices")));
      out.put(name, merged);
    }
    InvalidInputException.throwOnErrors("the plan's scenarios have errors", issues);
    return out;
  }

  /**
   * Each scenario as a plan document over the enterprise's inventory, checked as the plan itself (a
   * scenario's bad path is named under {@code /scenarios/i}).
   *
   * @throws InvalidInputException with every problem of every scenario
   */
  static Map<String, PlanDocument> scenarioDocuments(
      ObjectNode stored, DocumentChecks.Checked inventory, FactorLibrary library) {
    Map<String, PlanDocument> out = new LinkedHashMap<>();
    List<Issue> issues = new ArrayList<>();
    int i = 0;
    for (var s : scenarios(stored).entrySet()) {
      String at = "/scenarios/" + i++;
      try {
        out.put(s.getKey(), prepared(s.getValue(), inventory, library));
      } catch (InvalidInputException e) {
        for (Issue issue : e.issues()) {
          boolean own =
              issue.pointer().startsWith("/prices") || issue.pointer().startsWith("/projection");
          if (own) {
            issues.add(under(issue, at));
          }
        }
      }
    }
    InvalidInputException.throwOnErrors("the plan's scenarios have errors", issues);
    return out;
  }

  private static void merge(ObjectNode doc, String field, JsonNode over) {
    ObjectNode merged =
        doc.path(field).isObject()
            ? ((ObjectNode) doc.get(field)).deepCopy()
            : JsonCodec.mapper().createObjectNode();
    if (over.isObject()) {
      over.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
    }
    doc.set(field, merged);
  }

  private static Issue under(Issue e, String prefix) {
    return new Issue(
        e.code(),
        e.severity(),
        e.message(),
        prefix + e.pointer(),
        e.value(),
        e.expected(),
        e.location());
  }
}
