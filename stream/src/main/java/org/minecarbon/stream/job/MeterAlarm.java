package org.minecarbon.stream.job;

/** An alarm {@code {code, meter, time, message}} (contract §3), time in epoch milliseconds. */
public record MeterAlarm(String code, String meter, long time, String message)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
}
