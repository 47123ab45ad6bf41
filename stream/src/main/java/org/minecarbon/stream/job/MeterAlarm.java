package org.minecarbon.stream.job;

/** An alarm {@code {code, meter, time, message}} (contract §3), time in epoch milliseconds. */
public record MeterAlarm(String code, String meter, long time, String message) {}
