package org.minecarbon.meter.reading;

import java.util.Arrays;
import java.util.Optional;

/** A reading's status (contract §2): only {@code ok} readings are integrated. */
public enum Status {
  OK("ok"),
  /** 标校: the sensor reads test gas; excluded, its span counts as a gap. */
  CALIBRATING("calibrating"),
  /** 断线/超量程: excluded, its span counts as a gap. */
  FAULT("fault");

  private final String code;

  Status(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Status> fromCode(String text) {
    return Arrays.stream(values()).filter(s -> s.code.equals(text)).findFirst();
  }
}
