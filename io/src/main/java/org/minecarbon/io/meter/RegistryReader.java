package org.minecarbon.io.meter;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.meter.internal.JsonFields;
import org.minecarbon.meter.registry.Calibration;
import org.minecarbon.meter.registry.Conditions;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.registry.Mode;
import org.minecarbon.meter.registry.RegistryValidator;
import org.minecarbon.meter.registry.Substitution;
import org.minecarbon.meter.registry.VirtualExpression;
import tools.jackson.databind.JsonNode;

/**
 * Reads a meter registry ({@code minecarbon/meters@1}) and validates it, reporting every problem as
 * an issue located at the file with a JSON Pointer ({@code <file>: <pointer>: <message>}).
 */
public final class RegistryReader {
  private RegistryReader() {}

  /**
   * @param sites site ids of the enterprise's inventory; empty = no inventory, no site check
   */
  public static Result<MeterRegistry> read(byte[] bytes, String file, Set<String> sites) {
    Result<JsonNode> parsed = JsonCodec.parse(bytes, file);
    if (!(parsed instanceof Result.Ok<JsonNode> ok)) {
      return Result.err(
          parsed.issues().stream()
              .map(i -> Issue.error(i.code(), "", i.message().replace(file + ": ", "")).at(file))
              .toList());
    }
    List<Issue> issues = new ArrayList<>();
    JsonFields f = new JsonFields(file, issues);
    JsonNode root = ok.value();
    if (!root.isObject()) {
      f.error("WRONG_TYPE", "", "the registry must be a JSON object");
      return Result.err(issues);
    }
    String format = f.str(root, "", "format", true);
    if (format != null && !format.equals(MeterRegistry.FORMAT)) {
      f.error("UNSUPPORTED_FORMAT", "/format", "format must be " + MeterRegistry.FORMAT);
    }
    ZoneId zone = zone(f, root);
    List<Meter> meters = new ArrayList<>();
    JsonNode list = JsonFields.node(root, "meters");
    if (list == null || !list.isArray()) {
      f.error(list == null ? "REQUIRED" : "WRONG_TYPE", "/meters", "meters must be an array");
    } else {
      for (int i = 0; i < list.size(); i++) {
        Meter m = MeterReader.meter(f, list.get(i), "/meters/" + i);
        if (m != null) {
          meters.add(m);
        }
      }
    }
    // cross-field rules run on the meters that parsed, so one pass reports every problem; a
    // reference to a meter that exists but failed to parse is not reported again
    Set<String> rawIds = rawIds(list);
    MeterRegistry registry = new MeterRegistry(zone == null ? ZoneId.of("UTC") : zone, meters);
    for (Issue i : RegistryValidator.validate(registry, sites)) {
      boolean known =
          i.code().equals("UNKNOWN_METER")
              && rawIds.stream()
                  .anyMatch(id -> i.message().equals("no meter " + id + " in the registry"));
      if (!known) {
        issues.add(i.at(file));
      }
    }
    if (zone != null && issues.isEmpty()) {
      return Result.ok(registry);
    }
    return Result.err(issues);
  }

  private static Set<String> rawIds(@Nullable JsonNode list) {
    Set<String> ids = new java.util.HashSet<>();
    if (list != null && list.isArray()) {
      for (JsonNode m : list) {
        JsonNode id = m.get("id");
        if (id != null && id.isString()) {
          ids.add(id.stringValue());
        }
      }
    }
    return ids;
  }

  private static @Nullable ZoneId zone(JsonFields f, JsonNode root) {
    String tz = f.str(root, "", "timezone", true);
    if (tz == null) {
      return null;
    }
    try {
      return ZoneId.of(tz);
    } catch (DateTimeException e) {
      f.error("UNKNOWN_TIMEZONE", "/timezone", "unknown IANA timezone " + tz);
      return null;
    }
  }

  /** Reads one meter object; null when it has errors (all recorded). */
  static final class MeterReader {
    private MeterReader() {}

    static @Nullable Meter meter(JsonFields f, JsonNode n, String p) {
      if (!n.isObject()) {
        f.error("WRONG_TYPE", p, "a meter must be an object");
        return null;
      }
      int before = f.issues().size();
      String id = f.str(n, p, "id", true);
      String site = f.str(n, p, "site", true);
      MeterKind kind = kind(f, n, p);
      String virtualText = f.str(n, p, "virtual", false);
      VirtualExpression virtual = null;
      if (virtualText != null) {
        virtual = VirtualExpression.parse(virtualText).orElse(null);
        if (virtual == null) {
          f.error(
              "INVALID_EXPRESSION", p + "/virtual", "expected meter ids joined by ' + ' or ' - '");
        }
      }
      Mode mode = mode(f, n, p, virtualText != null);
      String unit = f.str(n, p, "unit", false);
      String flowUnit = f.str(n, p, "flowUnit", false);
      String cu = f.str(n, p, "concentrationUnit", false);
      if (cu != null && !cu.equals("%")) {
        f.error("INVALID_UNIT", p + "/concentrationUnit", "concentrationUnit must be %");
      }
      if (kind != null && kind.isGas() && mode == Mode.RATE && flowUnit == null) {
        f.error("REQUIRED", p + "/flowUnit", "a gas rate meter needs flowUnit");
      } else if (mode != null
          && !(kind != null && kind.isGas() && mode == Mode.RATE)
          && unit == null) {
        f.error("REQUIRED", p + "/unit", "missing required field unit");
      }
      String fuel = f.str(n, p, "fuel", false);
      Double multiplier = f.num(n, p, "multiplier", false);
      Double rollover = f.num(n, p, "rollover", false);
      Conditions conditions = MeterParts.conditions(f, n, p);
      Calibration calibration = MeterParts.calibration(f, n, p);
      var replacements = MeterParts.replacements(f, n, p);
      var thresholds = MeterParts.thresholds(f, n, p);
      Duration maxGap = f.duration(n, p, "maxGap");
      Duration stuck = f.duration(n, p, "stuckAfter");
      Substitution substitution = MeterParts.substitution(f, n, p);
      Map<String, String> row = MeterParts.row(f, n, p);
      if (f.issues().size() > before || id == null || site == null || kind == null) {
        return null;
      }
      return new Meter(
          p,
          id,
          site,
          kind,
          mode,
          unit,
          flowUnit,
          fuel,
          multiplier == null ? 1.0 : multiplier,
          rollover,
          conditions,
          calibration,
          replacements,
          thresholds,
          maxGap == null ? Meter.DEFAULT_MAX_GAP : maxGap,
          stuck,
          substitution,
          virtual,
          row);
    }

    private static @Nullable MeterKind kind(JsonFields f, JsonNode n, String p) {
      String k = f.str(n, p, "kind", true);
      if (k == null) {
        return null;
      }
      MeterKind kind = MeterKind.fromCode(k).orElse(null);
      if (kind == null) {
        f.error(
            "UNKNOWN_KIND",
            p + "/kind",
            "unknown kind " + k + "; expected one of " + String.join(", ", MeterKind.codes()));
      }
      return kind;
    }

    private static @Nullable Mode mode(JsonFields f, JsonNode n, String p, boolean virtual) {
      String m = f.str(n, p, "mode", !virtual);
      if (m == null) {
        return null;
      }
      if (virtual) {
        f.error("VIRTUAL_MODE", p + "/mode", "a virtual meter has no mode");
        return null;
      }
      return switch (m) {
        case "counter" -> Mode.COUNTER;
        case "rate" -> Mode.RATE;
        default -> {
          f.error("UNKNOWN_MODE", p + "/mode", "mode must be counter or rate");
          yield null;
        }
      };
    }
  }
}
