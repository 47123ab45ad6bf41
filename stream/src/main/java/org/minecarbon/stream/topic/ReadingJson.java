package org.minecarbon.stream.topic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * A reading as one JSON line of contract §2 ({@code {"meter","time","value"}} or {@code
 * {"meter","time","flow","concentration"}}, {@code status} when not ok, {@code conditions} when
 * given). Parsing goes through {@code io.meter.ReadingsReader}, the embedded path's reader, so a
 * line means the same on Kafka as over HTTP.
 */
public final class ReadingJson {
  private ReadingJson() {}

  public static String write(Reading r) {
    StringBuilder b = new StringBuilder(112);
    b.append("{\"meter\":\"").append(r.meter()).append("\",\"time\":\"").append(r.time());
    b.append('"');
    if (r.isPair()) {
      b.append(",\"flow\":").append(r.flow()).append(",\"concentration\":");
      b.append(r.concentration());
    } else {
      b.append(",\"value\":").append(r.value());
    }
    if (r.status() != Status.OK) {
      b.append(",\"status\":\"").append(r.status().code()).append('"');
    }
    if (r.conditions() != null) {
      b.append(",\"conditions\":{\"temperature\":").append(r.conditions().temperature());
      b.append(",\"pressure\":").append(r.conditions().pressure()).append('}');
    }
    return b.append('}').toString();
  }

  /**
   * Parses one line and checks it against the registry; {@code where} names the record in messages
   * (e.g. {@code readings-3@1207}).
   */
  public static Result<Reading> read(byte[] line, String where, MeterRegistry registry) {
    Result<List<Reading>> r = ReadingsReader.read(line, where + ".jsonl", registry);
    return switch (r) {
      case Result.Ok<List<Reading>> ok when ok.value().size() == 1 -> Result.ok(ok.value().get(0));
      case Result.Ok<List<Reading>> ok ->
          Result.err(Issue.error("NOT_ONE_READING", "", "a record holds exactly one reading"));
      case Result.Err<List<Reading>> err -> Result.err(err.issues());
    };
  }

  public static byte[] bytes(Reading r) {
    return write(r).getBytes(StandardCharsets.UTF_8);
  }
}
