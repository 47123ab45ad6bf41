package org.minecarbon.stream.topic;

import org.jspecify.annotations.Nullable;
import org.minecarbon.meter.reading.Reading;

/**
 * One record of the readings topic after parsing: a reading, or the problems that rejected it (dead
 * letter, {@code <record>:<line>: <field>: <message>} per problem, one a line).
 */
public record Inbound(@Nullable Reading reading, String where, String problems) {
  public static Inbound ok(Reading r, String where) {
    return new Inbound(r, where, "");
  }

  public static Inbound rejected(String where, String problems) {
    return new Inbound(null, where, problems);
  }
}
