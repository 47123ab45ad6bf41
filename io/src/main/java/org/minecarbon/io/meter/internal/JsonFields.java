package org.minecarbon.io.meter.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import tools.jackson.databind.JsonNode;

/**
 * Typed field access on a JSON object that records one issue per problem: {@code pointer} is a JSON
 * Pointer (registry) or a field name (readings), {@code location} the file or file:line.
 */
public final class JsonFields {
  private final String location;
  private final List<Issue> issues;

  public JsonFields(String location, List<Issue> issues) {
    this.location = location;
    this.issues = issues;
  }

  public List<Issue> issues() {
    return issues;
  }

  public void error(String code, String pointer, String message) {
    issues.add(Issue.error(code, pointer, message).at(location));
  }

  public static @Nullable JsonNode node(JsonNode obj, String name) {
    JsonNode n = obj.get(name);
    return n == null || n.isNull() || n.isMissingNode() ? null : n;
  }

  public @Nullable String str(JsonNode obj, String ptr, String name, boolean required) {
    JsonNode n = node(obj, name);
    if (n == null) {
      if (required) {
        error("REQUIRED", ptr + "/" + name, "missing required field " + name);
      }
      return null;
    }
    if (!n.isString()) {
      error("WRONG_TYPE", ptr + "/" + name, name + " must be a string");
      return null;
    }
    return n.stringValue();
  }

  public @Nullable Double num(JsonNode obj, String ptr, String name, boolean required) {
    JsonNode n = node(obj, name);
    if (n == null) {
      if (required) {
        error("REQUIRED", ptr + "/" + name, "missing required field " + name);
      }
      return null;
    }
    if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
      error("WRONG_TYPE", ptr + "/" + name, name + " must be a finite number");
      return null;
    }
    return n.doubleValue();
  }

  public @Nullable Duration duration(JsonNode obj, String ptr, String name) {
    String s = str(obj, ptr, name, false);
    if (s == null) {
      return null;
    }
    try {
      Duration d = Duration.parse(s);
      if (d.isNegative() || d.isZero()) {
        error("INVALID_DURATION", ptr + "/" + name, name + " must be a positive duration");
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      error("INVALID_DURATION", ptr + "/" + name, name + " must be an ISO-8601 duration (PT15M)");
      return null;
    }
  }

  public @Nullable LocalDate date(JsonNode obj, String ptr, String name) {
    String s = str(obj, ptr, name, true);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      error("INVALID_DATE", ptr + "/" + name, name + " must be a date YYYY-MM-DD");
      return null;
    }
  }

  public @Nullable Instant instant(JsonNode obj, String ptr, String name) {
    String s = str(obj, ptr, name, true);
    if (s == null) {
      return null;
    }
    Instant t = Times.parse(s);
    if (t == null) {
      error("INVALID_TIME", ptr + "/" + name, name + " must be RFC 3339 with an offset");
    }
    return t;
  }

  /** A fresh list, so callers can collect issues before handing them to {@code JsonFields}. */
  public static List<Issue> list() {
    return new ArrayList<>();
  }
}
